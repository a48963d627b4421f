META = {
    "id": "fw03", "child_name": "Zofia Kowalczyk", "plan_date": "2026-06-24", "age": 10, "status": "final",
    "target_grade": "outstanding", "pdf": True,
    "rationale": "Outstanding. A complete plan for a deaf child educated in a resourced provision (hearing support base) within a village primary. Zofia's voice is strong and first-person, gathered in her preferred communication mode with a bilingual family view; aspirations feed the outcomes. B is detailed narrative on listening, language, literacy, emotional wellbeing and audiological needs with strengths. C is complete and each health need is matched in G (cochlear implant centre, audiology, ICB agreement). D, H1 and H2 are explicitly nil with a reason, and social care advice is listed in K. F is specific and quantified throughout, including the teacher of the deaf, SaLT and the resource base's timetable. Outcomes are SMART to the end of Key Stage 2 with a transition outcome and termly targets; co-ordination across the resource base, mainstream class and health is explicit. Minor lapse: one F item offers 'opportunities to' meet other deaf children without stating how often in the summer term.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered F1.-F7. with (a), (b) sub-points and bullets with continuation lines; K as a table.",
    "section_status": {"D": "nil", "H1": "nil", "H2": "nil"},
    "extra_faults": [],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN
|| Child's name | Zofia Kowalczyk
|| Date of birth | 17/11/2015
|| Age at date of plan | 10 years
|| Home address | 11 Orchard Rise, Hatherdown, Fenwick
|| Parents | Agnieszka Kowalczyk and Tomasz Kowalczyk
|| Home languages | Polish and English; Zofia uses spoken English supported by Sign Supported English (SSE)
|| Current setting and year group | Hearing Support Resource Base, Brindlecombe Primary School, Year 5
|| Date of this plan | 24 June 2026 (amended following annual review of 4 June 2026)
|| Date of next annual review | By 23 June 2027, to be brought forward to the autumn term 2026 to plan the move to secondary school
|| SEND caseworker | Thomas Achebe, SEND Assessment and Review Team
Abbreviations in this plan are written in full the first time they appear.
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF ZOFIA AND HER PARENTS
##- How Zofia's views were gathered
Zofia wrote her views with her teacher of the deaf, Mrs Alison Trew, in a "My Plan" booklet over three sessions in May 2026, and talked about them, using spoken English and Sign Supported English (SSE, signs from British Sign Language used in English word order). She chose to write "I" statements and checked the final wording. Her parents gave their views in a meeting with a Polish interpreter, Mrs Ewa Lis, on 21 May 2026.
##- My views
"I am Zofia. I am 10. I am deaf and I have a cochlear implant on my right side and a hearing aid on my left. I call them my ears. I live in Hatherdown with Mama, Tata and my brother Kacper, who is 15 and plays the drums (very loud even for me)."
"I love gymnastics, baking with Babcia (my grandma), drawing comics and reading Dog Man books. I am good at maths and at remembering spellings. I like the Base because everyone there gets it and I do not have to ask people to repeat things all the time."
"I find it hard in my mainstream class when everyone talks at once, in the hall, and when the teacher walks around and I cannot see her face. Sometimes I pretend I understood because I do not want to be different. I get really tired at the end of the day and my head hurts."
"I want to go to a big school where there are other deaf people. I want to be a vet or a gymnastics coach. I want to be better at writing stories and not to be scared to put my hand up."
##- Parents' views
Agnieszka and Tomasz are proud of how hard Zofia works and of her confidence in gymnastics, where she has won two county medals. They value the resource base and say that Zofia "has become herself again" since she joined it in Year 3, after a very difficult time at her village school. They speak Polish at home and want Zofia to keep her Polish, which she speaks at a simpler level than her English. Their worries are her tiredness, her friendships in the mainstream class, her written English, and how she will manage at secondary school, which they know will be larger and louder. They would like more information in writing and with an interpreter at meetings.
##- Aspirations
Zofia's aspirations are to be a vet or a gymnastics coach, to go to a secondary school with deaf peers, to write stories, and to feel confident to speak up in class. Her parents want her to do well academically, to be happy and to have good friends, both deaf and hearing.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
Zofia has a severe to profound bilateral sensorineural hearing loss (a permanent hearing loss in both ears, caused by the inner ear), identified at birth. She received a cochlear implant in her right ear in 2017 and wears a hearing aid in her left ear. She has attended the Hearing Support Resource Base at Brindlecombe Primary School since September 2023, spending most of each day in her mainstream Year 5 class with support and some sessions in the base.
##- Communication and interaction
With her implant and hearing aid working well, Zofia hears speech in quiet conditions at conversational level and can follow a one-to-one conversation easily. In noise, or when more than one person speaks, her understanding drops sharply: Mrs Trew's speech-in-noise assessment in April 2026 found that she correctly identified 90% of words in quiet but only 45% in classroom-level noise. She relies heavily on lip-reading and on SSE to fill gaps, and misses incidental conversation and what other children say in class discussions. Carys Morgan, speech and language therapist (SaLT), assessed her language in March 2026: her understanding of vocabulary is around two years below her age (standard score 79 on the British Picture Vocabulary Scale), particularly for subject words, idioms and words with more than one meaning, and her grammar in spoken and written sentences is immature (she often leaves out word endings such as "-ed" and small words such as "the" and "is"). Her speech is clear to familiar listeners, with some difficulty producing "s", "sh" and "ch". Zofia is warm and socially interested; she has two close friends in the base and one in her mainstream class, but she finds it hard to join group conversation at playtime.
##- Cognition and learning
Zofia's non-verbal reasoning is above average (Dr Kate Hollis, educational psychologist, November 2025), and mathematics is a strength: she is working at the expected standard for Year 5 in arithmetic and at greater depth in some areas. Her reading accuracy is in line with her age, but her reading comprehension is about two years behind (standardised score 82 on the New Group Reading Test, March 2026), because of her vocabulary and difficulty with inference. Her writing is below the expected standard: her ideas are good, but her sentences are short and grammatically incomplete and she rarely uses varied vocabulary. She works hard and is very well organised, and she remembers visually presented information well.
##- Social, emotional and mental health
Zofia is resilient and determined, but Mrs Trew and her parents both describe "listening fatigue": by the afternoon she is often exhausted, and she has had headaches and tearful episodes at home. She is self-conscious about being deaf in her mainstream class and sometimes takes her hearing aid out or does not use the radio aid when other children can see. She pretends to understand rather than ask, which means gaps in learning can go unnoticed. She is anxious about the move to secondary school.
##- Sensory and/or physical needs
Zofia's hearing needs are described above. She needs a good listening environment: a quiet room with soft furnishings, the speaker's face visible and well lit, and a radio aid (remote microphone) linked to her implant and hearing aid. She has no physical difficulties, and her balance, which can be affected by implant surgery, is very good.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Zofia's health needs, as described by Dr Paul Venn, audiovestibular physician, are:
Severe to profound bilateral sensorineural hearing loss, managed with a cochlear implant (right ear), supported by the Western Counties Cochlear Implant Programme, and a hearing aid (left ear), supported by the Fenwick Paediatric Audiology Service.
Listening fatigue and headaches linked to the effort of listening, which her GP and audiology have reviewed; no other cause has been found.
Zofia has no other health needs. She takes no regular medication.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
Advice was requested from the Fenwick Children with Disabilities Team. Ms Nadia Rees, social worker, reviewed the information and spoke to Zofia's parents with an interpreter on 18 May 2026. Zofia has no social care needs arising from her special educational needs or disability at present. Her family have been told about the Fenwick Deaf Children's Society youth group and the Local Offer, and know that they can ask for an assessment at any time.
##E SECTION E – OUTCOMES
These outcomes were agreed with Zofia and her parents at the annual review on 4 June 2026. They run to the end of Key Stage 2 (July 2027) and link to Zofia's aspirations in Section A. The teacher of the deaf will set termly targets towards each outcome in Zofia's individual education plan, reviewed with Zofia and her parents (with an interpreter) at the end of each term.
@O E1. {t:By the end of Key Stage 2 (July 2027)}, {s:Zofia} {b:will ask for repetition or clarification when she has not understood, in her mainstream class,} {c:at least twice in every observed lesson}, as recorded by her teacher of the deaf in half-termly observations.
@O E2. {t:By the end of Key Stage 2 (July 2027)}, {s:Zofia} {b:will understand and use the key vocabulary for each science and topic unit,} {c:scoring at least 80% on the pre-taught vocabulary check at the end of each unit}.
@O E3. {t:By the end of Key Stage 2 (July 2027)}, {s:Zofia} {b:will write a story or report of at least 300 words using complete sentences with correct past-tense endings and varied vocabulary,} {c:achieving the expected standard for Year 6 writing in teacher assessment}.
@O E4. {t:By the end of Key Stage 2 (July 2027)}, {s:Zofia} {b:will improve her reading comprehension} {c:to a standardised score of 90 or above on the New Group Reading Test}.
@O E5. {t:By the end of the autumn term 2026}, {s:Zofia} {b:will use her radio aid and hearing aid throughout every lesson without reminders} {c:on 9 out of 10 days, as recorded on the base's daily equipment log}.
@O E6. {t:By the end of the spring term 2027}, {s:Zofia} {b:will use a "fatigue card" to ask for a listening break when she is tired} {c:and will say (on a 1-5 scale) that her tiredness at home time is 3 or lower on at least 4 days a week}.
@O E7. Transition: {t:by the end of Key Stage 2 (July 2027)}, {s:Zofia} {b:will visit her secondary school, meet her new teacher of the deaf and present her own one-page "about my hearing" profile to her new form tutor,} {c:completing all three steps}.
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
Zofia is educated in the Hearing Support Resource Base at Brindlecombe Primary School, which is staffed by a qualified teacher of the deaf and communication support workers. The school will make the following provision. The teacher in charge of the base, Mrs Alison Trew, qualified teacher of the deaf (ToD), is responsible for co-ordinating it with Zofia's Year 6 class teacher, Mr Owen Pryce, and with the SENCo, Mrs Lydia Bryant.
F1. Teaching arrangements and staffing. The school will:
@P (a) {w:teach Zofia in her mainstream Year 6 class}, {who:with a communication support worker (CSW) qualified to at least Level 3 in British Sign Language}, {w:who will provide SSE and note-taking in lessons}, {f+d:for 20 hours a week}, {g:1:1 within the class}.
@P (b) {w:teach Zofia in the resource base} {who:by the ToD}, {f:five times a week} for {d:45 minutes}, in {g:a group of no more than four} deaf pupils, {w:covering pre-teaching of vocabulary and concepts for the coming lessons, language work and deaf identity}.
@P(nodur,nogrp) (c) {who:The ToD} will {w:plan jointly with the class teacher}, {f:weekly}, {d:for 30 minutes}, so that the pre-teaching matches the class topics, and will {w:give the class teacher a vocabulary list for each unit}.
@P(nogrp) (d) {who:The ToD} will {w:train all staff who teach Zofia (including lunchtime staff and supply teachers' briefing sheet) in deaf awareness and the use of the radio aid}, {f:in September each year}, for {d:1 hour}.
F2. Listening environment and equipment. The school will:
@P(nodur,nogrp) (a) {w:provide and maintain a radio aid (remote microphone) paired with Zofia's implant processor and hearing aid}, which {who:every teacher} will wear {f:in every lesson}, {w:passing the microphone to pupils who speak in class discussion}.
@P(nodur,nogrp) (b) {who:The CSW} will {w:check Zofia's processor, hearing aid and radio aid using the ToD's daily check}, {f:every morning on arrival}, and {w:will keep spare batteries and a spare radio receiver in the base}.
@P(nodur,nogrp) (c) {who:The class teacher} will {w:seat Zofia near the front with a clear view of the teacher and the board, away from the door and the projector fan}, {w:face the class when speaking, and subtitle all videos}, {f:in every lesson}.
@P(nodur,nogrp) (d) {who:The school business manager} will {w:fit acoustic ceiling tiles and soft furnishings in the Year 6 classroom} {f:before September 2026}, {w:as set out in the ToD's acoustic survey of 22 April 2026}.
F3. Language and communication. The school will:
@P (a) {who:An HCPC-registered speech and language therapist from the Fenwick Children's Therapy Service with specialist training in deafness} will {w:assess Zofia and set a language programme for vocabulary, grammar and speech sounds}, {f:once every half-term}, for {d:1 hour}, {g:1:1}, {w:and will train the CSW to deliver it}.
@P- {who:The CSW} will {w:deliver the SaLT's programme} {f:three times a week} for {d:20 minutes} {g:1:1},
+ {r:recording progress on the SaLT's record sheet, which the SaLT will review at each visit}.
@P (b) {who:The ToD} will {w:deliver the "Word Aware" vocabulary approach in the base}, {w:pre-teaching ten key words for each topic}, {f:twice a week} for {d:20 minutes}, {g:in the base group of no more than four}.
@P(nodur,nogrp) (c) {who:The ToD} will {w:teach Zofia a repair-strategy script ("Can you say that again?", "What does ... mean?") and practise it with her in the base}, {f:each week}, and {who:the class teacher} will {w:praise and respond to its use}.
@P(vague,nodur) (d) [[vague-provision|{who:The ToD} will give Zofia opportunities to meet other deaf children, {w:including the Fenwick deaf children's activity day}, {g:with the base group}.]] %% Lapse: 'opportunities to' with no frequency; labelled not specific.
F4. Literacy. The school will:
@P (a) {w:deliver a reading comprehension programme ("Reading Reciprocal" approach with pre-taught vocabulary)}, {who:by the ToD}, {f:three times a week} for {d:30 minutes}, in {g:a group of no more than three}, {r:with the standardised score reassessed each March}.
@P (b) {w:deliver a writing programme using "Colourful Semantics" and sentence-grammar work (verb endings, articles)}, {who:by the CSW under the ToD's direction}, {f:three times a week} for {d:20 minutes} {g:1:1}.
@P(nodur,nogrp) (c) {who:The class teacher} will {w:provide a printed word bank and a visual writing frame for every extended writing task}, {f:for every writing task}.
F5. Social, emotional and mental health. The school will:
@P (a) {w:run a "deaf identity and confidence" group, using the National Deaf Children's Society "Healthy Minds" materials}, {who:led by the ToD}, {f:once a week} for {d:40 minutes}, {g:with up to six deaf pupils from the base}, {f:during the autumn and spring terms 2026-27}. %% 'up to six' is a maximum group size, so it counts as group.
@P(nodur,nogrp) (b) {who:All teachers} will {w:allow Zofia to use a "fatigue card" to take a 10-minute listening break in the base}, {f:at any point in the afternoon}, {w:and will give her a quiet task after PE and assembly}.
@P (c) {who:The ToD} will {w:hold a check-in with Zofia about her listening day and feelings, using a 1-5 tiredness scale}, {f:every Friday} for {d:10 minutes} {g:1:1}, {w:sharing the scores with her parents through the home-school book}.
F6. Transition to secondary school. The school will:
@P(nodur,nogrp) (a) {who:The ToD} will {w:arrange for Zofia and her parents (with an interpreter) to visit the secondary schools with a hearing support base that they are considering}, {f:by 31 October 2026}.
@P(nogrp) (b) {who:The ToD} will {w:arrange six extra transition visits to the named secondary school, each with the CSW}, {f:in the summer term 2027}, each lasting {d:2 hours}, and {w:will help Zofia make her "about my hearing" profile}.
@P(nodur,nogrp) (c) {who:The ToD} will {w:pass on Zofia's audiology, language and attainment records and meet the receiving ToD} {f:before 30 June 2027}.
@P(nodur,nogrp) F7. Home-school communication. {who:The SENCo} will {w:book a Polish interpreter} {f:for every review meeting and parents' evening}, and {w:have the written summary of each termly review translated into Polish}.
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN ZOFIA HAVING SPECIAL EDUCATIONAL NEEDS
This health provision has been agreed by the Fenwick and Wyre Vale Integrated Care Board (ICB).
@P(nodur,nogrp) G1. {who:The Western Counties Cochlear Implant Programme} will {w:review Zofia's implant, re-tune her processor and check her progress} {f:once a year}, and {who:its outreach teacher of the deaf} will {w:visit school} {f:once a year} to {w:check the radio aid link with the implant}.
@P(nodur,nogrp) G2. {who:The Fenwick Paediatric Audiology Service} will {w:test Zofia's hearing and review her left hearing aid} {f:every six months}, {w:supply replacement ear moulds} {f:every six months} and {w:send reports to the ToD within two weeks}.
@P(nodur,nogrp) G3. {who:The Western Counties Cochlear Implant Programme} will {w:repair or replace a faulty processor} {f:within two working days of being told}, {w:providing a loan processor in the meantime}.
@P(nodur,nogrp) G4. {who:Zofia's GP} will {w:review her headaches} {f:if they continue beyond the end of the autumn term 2026}, and {w:refer her to the community paediatrician if needed}.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
No social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required (see Section D).
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN ZOFIA HAVING SPECIAL EDUCATIONAL NEEDS
No other social care provision is required (see Section D).
##I SECTION I – PLACEMENT
Brindlecombe Primary School (community primary school), Hearing Support Resource Base, Station Road, Brindlecombe, Fenwick.
##J SECTION J – PERSONAL BUDGET
No personal budget has been requested. Home-to-school transport (shared taxi with a passenger assistant) is provided under the council's travel policy.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Zofia's views ("My Plan" booklet) | Zofia Kowalczyk, with Mrs Alison Trew | 19 May 2026
|| Parents' views (with interpreter) | Agnieszka and Tomasz Kowalczyk | 21 May 2026
|| Educational advice and teacher of the deaf advice | Mrs Alison Trew, ToD, Brindlecombe Primary School Hearing Support Resource Base | 22 May 2026
|| Educational psychology advice | Dr Kate Hollis, educational psychologist, Fenwick Educational Psychology Service | 27 November 2025
|| Speech and language therapy advice | Carys Morgan, speech and language therapist, Fenwick Children's Therapy Service | 20 March 2026
|| Health advice | Dr Paul Venn, audiovestibular physician, Fenwick General Hospital | 12 May 2026
|| Cochlear implant programme report | Western Counties Cochlear Implant Programme | 3 February 2026
|| Social care advice | Ms Nadia Rees, social worker, Fenwick Children with Disabilities Team | 18 May 2026
Signed on behalf of Fenwick Shire Council: Thomas Achebe, SEND Caseworker, 24 June 2026.
"""
