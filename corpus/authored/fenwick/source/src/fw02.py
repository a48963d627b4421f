META = {
    "id": "fw02", "child_name": "Noah Whitlock", "plan_date": "2025-10-09", "age": 6, "status": "draft",
    "target_grade": "outstanding", "pdf": True,
    "rationale": "Outstanding (draft). Every section is present; Section I is correctly left blank in a draft. Noah's views are gathered creatively (photographs, Makaton, observation) and quoted, with parents' views and aspirations. B describes language, learning, emotional, physical and self-care needs in narrative with strengths and attainment. C lists Down syndrome-related health needs (hearing loss with hearing aids, hypothyroidism, repaired heart defect, low muscle tone) and every one is met in G with named providers and frequency, agreed with the ICB. D, H1 and H2 are explicitly nil with a reason and social care advice is listed in K. F is fully quantified; speech and language therapy, OT and physiotherapy programmes are in F. Outcomes are SMART to July 2027 (end of Year 3) with termly targets, and co-ordination between the teacher of the deaf, therapists and school is spelled out. Minor lapse: one F item on playground support uses 'where possible' for the peer buddy arrangement.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered 1.-7. (older house numbering) with (a), (b) sub-points and bullets with continuation lines; K as a table.",
    "section_status": {"H1": "nil", "H2": "nil", "D": "nil", "I": "blank"},
    "extra_faults": [],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN – DRAFT
|| Child's name | Noah James Whitlock
|| Date of birth | 14/03/2019
|| Age at date of plan | 6 years
|| Home address | 2 Church Cottages, Saxby Lees, Fenwick
|| Parents | Gemma Whitlock and Ryan Whitlock
|| Current setting and year group | Saxby Lees Church of England Primary School, Year 2
|| Date of draft plan | 9 October 2025
|| SEND caseworker | Priya Anand, SEND Assessment and Review Team
This is a draft plan. Noah's parents have 15 days to comment on it and to ask for a particular school to be named in Section I. Abbreviations used in this plan are written out in full the first time they appear.
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF NOAH AND HIS PARENTS
##- How Noah's views were gathered
Noah uses single words, two-word phrases and Makaton signs (a signing system that uses signs and symbols alongside speech). His views were gathered by his class teacher, Miss Laura Penhallow, and his teaching assistant, Mrs Carol Fisk, over two weeks in September 2025, using photographs of school activities that Noah sorted into "happy" and "not happy" piles, and by observing what he chose to do at free-flow time. Dr Ruth Alder, educational psychologist, also spent a morning with Noah in class and at play. His parents added what Noah says and does at home.
##- What Noah told us
Noah put these photographs in his "happy" pile: the swings, the sand tray, Mrs Fisk, lunch ("dinner!"), the class guinea pigs, the story corner and his sister. When shown a photograph of his sister Poppy, he signed "love" and said "Poppy mine". He put the hall (assembly) and the hand dryer in the toilets in his "not happy" pile and covered his ears. When asked what he wants to be good at, he pointed to a picture of children on bikes and said "me bike".
Noah's favourite things are Hey Duggee, trains, the swings at the village park, bubbles and helping Dad in the garden. He loves music and will dance and sign along to songs. He likes to be the helper who hands out fruit at snack time.
##- What Noah's parents told us
Gemma and Ryan Whitlock describe Noah as "a joy, a proper character, who makes everyone in the village smile". They say he is determined and sociable, has a great memory for routines and people's names, and is learning new words every week. They feel Saxby Lees has welcomed Noah and want him to continue to learn alongside the children he has grown up with. Their main worries are his speech, his toileting (he still has accidents most days), his hearing, which changes with his glue ear, and whether he will keep up as the work gets harder. Gemma says: "We want people to expect things of him. He can do a lot more than people think if you give him time and show him."
##- Aspirations
Noah's parents hope that he will learn to read, talk in sentences that people outside the family understand, ride a bike, be dry in the day and make friends who invite him to parties. In the long term they want him to have a job, live as independently as he can and be part of the village community. Noah's own aspiration, as he showed us, is to ride a bike "like Poppy".
##- How Noah communicates best
Speak to Noah using short sentences, with Makaton signs and pictures. Get down to his level and make sure he can see your face. Give him at least ten seconds to answer. Check that his hearing aids are in and switched on.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
Noah has Down syndrome. He also has a mild to moderate hearing loss linked to glue ear, for which he wears two hearing aids. The paragraphs below set out how these affect his learning and development. They draw on the advice listed in Section K.
##- Communication and interaction
Noah understands far more than he can say. Kirsty Hale, speech and language therapist (SaLT), assessed him in July 2025 and found his understanding of spoken language to be at about the level of a child of 3 years 6 months, and his spoken language at about 2 years 6 months. He uses around 150 spoken words and 80 Makaton signs and is beginning to combine two words ("more juice", "Noah turn"). His speech sounds are unclear to unfamiliar listeners because of low muscle tone in his mouth and his hearing loss. He follows one-part instructions with a sign and a picture, but not when they are spoken only. Noah is very sociable and loves other children, but finds it hard to join in play that moves quickly; he tends to hug or take toys as a way of starting play, which some children find difficult. He learns a lot by watching and copying, which is a strong foundation for learning.
##- Cognition and learning
Noah learns best through seeing, doing and repetition. He has a very good visual memory: he can match 20 words by sight and recognise the names of all the children in his class. His short-term memory for things he hears is weak, which Dr Alder notes is common in children with Down syndrome. He can count to 5 with objects, recognise numerals to 5 and sort by colour and size. He is working within the early years foundation stage, at around 30 to 36 months in most areas. He can attend to an adult-led task for about 5 minutes and to a chosen activity for longer. He needs new learning broken into very small steps, taught in a quiet space, with lots of practice and with things he can handle and see. He is starting to enjoy books and can point to pictures when asked "where's the ...?".
##- Social, emotional and mental health
Noah is generally happy and confident. He copes well with familiar routines but can become distressed by loud, busy spaces such as assembly and the dining hall, and by unexpected changes, when he may sit down and refuse to move. He can find it hard to wait, to share and to take turns, and he sometimes uses physical contact (hugging, pushing) to communicate. These behaviours happen less when he has a visual timetable, a "now and next" board and a familiar adult nearby. Noah does not yet understand danger and has twice left the classroom through an open door.
##- Sensory and/or physical needs
Noah's hearing loss means he misses a lot of spoken language, particularly in noisy rooms or when he cannot see the speaker's face. Helen Marsh, qualified teacher of the deaf (ToD), from the Fenwick Sensory Support Service, advises that Noah should use a radio aid (a microphone worn by the teacher that sends speech straight to his hearing aids) in all teaching sessions. Noah has low muscle tone and loose joints, which affect his balance, his stamina and his fine motor skills. The children's physiotherapist, Amir Sadiq, reports that he can walk and climb steps with a rail, but tires on long walks and falls more often than other children. He cannot yet pedal a tricycle or jump with two feet together. The occupational therapist (OT), Grace Kinnear, reports that he holds a crayon in his fist and can make circular scribbles but cannot yet copy a vertical line. He needs help with dressing, fastenings and toileting. He is not yet toilet trained and wears pull-ups; he will sometimes tell an adult after he has wet.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Noah's health needs, as set out in the advice from Dr Sarah Quayle, community paediatrician, are:
Hearing loss. Noah has a bilateral mild to moderate conductive hearing loss caused by glue ear. He wears two hearing aids, which need checking daily, and is reviewed by the Fenwick Paediatric Audiology Service.
Hypothyroidism. Noah has an underactive thyroid gland, treated with a daily tablet given at home. Untreated, this could cause tiredness and slow his development, so his levels are checked by blood test.
Heart. Noah was born with an atrioventricular septal defect (a hole in the heart), which was repaired by surgery when he was five months old. The cardiology team report that he has no restrictions on activity at school and needs an annual check.
Low muscle tone and joint laxity, which affect his mobility and stamina (see Section B).
Continence. Noah is not yet toilet trained. The paediatric continence service has assessed him and found no medical reason for this.
Noah is also at higher risk of infections and of eye problems; he wears glasses for long sight and is reviewed by the hospital eye service.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
Advice was requested from the Fenwick Children with Disabilities Team. Eve Larkin, senior practitioner, reviewed the information and spoke to Noah's parents on 11 September 2025. She advises that Noah does not have social care needs arising from his special educational needs or disability at present: his needs are being met within the family with universal and targeted services. Noah's parents are aware that they can ask for a short-breaks assessment at any time, and have been given information about the Fenwick Local Offer and the "Little Explorers" Saturday group for children with additional needs.
##E SECTION E – OUTCOMES
These outcomes were agreed at the draft plan meeting on 1 October 2025 with Noah's parents, his class teacher and the SENCo. They look to the end of Year 3 (July 2027). The SENCo will set termly targets towards each outcome on Noah's individual learning plan, which will be reviewed with his parents at the end of each term, and progress will be reported at the first annual review.
@O 1. Communication: {t:by the end of Year 3 (July 2027)}, {s:Noah} {b:will use three-word phrases, spoken or signed, to ask for things, comment and answer simple questions,} {c:at least 10 times in a school day, as recorded on a weekly sampling sheet by his teaching assistant}.
@O 2. Understanding: {t:by the end of Year 2 (July 2026)}, {s:Noah} {b:will follow a two-part spoken instruction supported by a sign (for example "get your coat and line up")} {c:in 4 out of 5 opportunities}.
@O 3. Literacy: {t:by the end of Year 3 (July 2027)}, {s:Noah} {b:will read} {c:50 high-frequency words by sight and read a simple sentence of three to four words} {b:from his reading book}.
@O 4. Number: {t:by the end of Year 3 (July 2027)}, {s:Noah} {b:will count objects accurately to 10 and recognise and order numerals} {c:to 10, independently}.
@O 5. Social and emotional: {t:by the end of Year 2 (July 2026)}, {s:Noah} {b:will take turns in a game with two other children and an adult,} {c:waiting for his turn without physical contact, in 4 out of 5 sessions}.
@O 6. Physical: {t:by the end of Year 3 (July 2027)}, {s:Noah} {b:will ride a tricycle with pedals across the playground} {c:independently} and {b:will copy a circle and a cross} {c:with a pencil}.
@O 7. Self-care: {t:by the end of Year 3 (July 2027)}, {s:Noah} {b:will use the toilet at set times and stay dry during the school day} {c:on at least 4 days out of 5}, and {b:will put on his coat and shoes with Velcro fastenings} {c:independently}.
@O 8. Hearing: {t:by the end of Year 2 (July 2026)}, {s:Noah} {b:will tell an adult, by sign or word, when his hearing aid is whistling or not working,} {c:on every occasion observed by his teaching assistant in a half-term}.
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
Saxby Lees Church of England Primary School will make the following provision, co-ordinated by the SENCo, Mrs Joanne Rudd. The SENCo will meet the ToD, SaLT, OT and physiotherapist together once a term (the "team around Noah" meeting) so that their programmes are joined up and delivered by the same staff.
1. Adult support and teaching arrangements
@P (a) {w:Noah will be taught in his Year 2 class with the support of a named teaching assistant}, {who:a TA trained in Makaton (Level 2) and in supporting children with Down syndrome (Down's Syndrome Association education training)}, {f+d:for 25 hours a week}, {g:1:1 during adult-led teaching} and in the class group at other times, {r:with the SENCo reviewing the deployment each term}.
@P(nodur,nogrp) (b) {who:The class teacher} will {w:plan Noah's learning with the TA}, {f:each week}, {d:for 30 minutes}, {w:setting small-step targets from the individual learning plan}, using the "See and Learn" programme for language and numbers. %% Planning meeting between two adults; group size not applicable.
@P(nodur,nogrp) (c) {who:All adults who work with Noah} will {w:use Makaton signs, a visual timetable and a "now and next" board} {f:throughout the school day}, and will {w:give him at least ten seconds to respond to a question or instruction}.
@P(nogrp) (d) {who:The SENCo} will {w:arrange Makaton training for the class teacher, the TA and the lunchtime supervisors} ({f:one} {d:3-hour} {w:Makaton Beginners workshop} {f:in the autumn term 2025}), and will {w:run a 15-minute "sign of the week" slot in staff briefing} {f:each Monday}.
2. Communication and interaction
@P (a) {who:An HCPC-registered speech and language therapist from the Fenwick Children's Therapy Service} will {w:assess Noah, set his speech and language targets and show the TA how to deliver them}, {f:once every half-term} ({f:six visits a year}) for {d:1 hour}, including {d:30 minutes} {g:1:1} with Noah and {w:a written programme left in school}.
@P- {who:The TA} will {w:deliver the SaLT programme} {f:four times a week} for {d:15 minutes} {g:1:1} in the quiet room,
+ recording Noah's responses on the SaLT's target sheet, which the SaLT will review at each visit.
@P (b) {who:The TA} will {w:run a "language group" using the Nuffield Early Language Intervention programme}, {f:three times a week} for {d:20 minutes}, with Noah and {g:two other children} from his class, {f:for 20 weeks from November 2025}, {r:reviewed by the class teacher at week 10}.
@P(nodur,nogrp) (c) {who:The class teacher and TA} will {w:keep a "home-school communication book" with photographs of what Noah has done}, {f:completed daily}, so that Noah can talk about his day at home.
3. Cognition and learning
@P (a) {who:The TA} will {w:teach reading using the "See and Learn Reading" programme (whole-word matching, selecting and naming)}, {f:daily} for {d:10 minutes} {g:1:1}, {r:with progress checked by the class teacher every half-term}.
@P (b) {who:The TA} will {w:teach number using the "Numicon" small-step programme with concrete resources}, {f:four times a week} for {d:15 minutes} {g:1:1}.
@P(nodur,nogrp) (c) {who:The class teacher} will {w:adapt all whole-class lessons so that Noah has a parallel activity on the same theme, using objects, pictures and symbols}, {f:in every lesson}.
4. Social, emotional and mental health
@P (a) {who:The TA} will {w:deliver a turn-taking and shared-play group (adult-led games with a visual "my turn, your turn" card)}, {f:three times a week} for {d:15 minutes}, with Noah and {g:two peers}.
@P(vague,nodur) (b) [[vague-provision|{who:The lunchtime supervisor} will {w:set up a "playground buddy" rota of Year 5 children} {f:at every lunchtime}, with {g:two buddies a day}, and will stay near Noah where possible.]] %% Small lapse: 'where possible' governs the supervisor's closeness to Noah; labelled not specific.
@P(nodur,nogrp) (c) {who:The SENCo} will {w:write a one-page "what to do if Noah sits down and refuses to move" plan and a risk assessment for leaving the classroom}, {w:shared with all staff} {f:each September}, and {w:fit a high handle on the classroom door} {f:by 31 October 2025}.
@P(nodur,nogrp) (d) {who:The class teacher} will {w:let Noah attend assembly for the first 10 minutes only, sitting at the end of a row near the door, with ear defenders available} {f:at every assembly}, increasing his time when he is comfortable.
5. Sensory and hearing
@P(nogrp) (a) {who:The qualified teacher of the deaf (ToD) from the Fenwick Sensory Support Service} will {w:visit school} {f:twice a term} for {d:1 hour} {w:to check Noah's listening environment and radio aid, observe him in class and advise staff}, and {w:will provide a written visit note to the SENCo and parents}.
@P(nodur,nogrp) (b) {who:The TA} will {w:check Noah's hearing aids and radio aid using the "Ling six sounds" check} {f:every morning} {f:at 8.50am} and {f:after lunch}, {w:following the ToD's written checklist}.
@P(nodur,nogrp) (c) {who:All teachers} will {w:wear the radio aid transmitter} {f:in every teaching session}, {w:face Noah when speaking and seat him at the front, away from the door and window}.
@P(nogrp) (d) {who:The ToD} will {w:train the class teacher and TA in using the radio aid} {f:once at the start of each school year}, for {d:45 minutes}.
6. Physical and self-care
@P (a) {who:An HCPC-registered children's physiotherapist from the Fenwick Children's Therapy Service} will {w:assess Noah and write a gross motor programme (balance, jumping, pedalling)}, {f:once a term}, for {d:45 minutes}, {g:1:1}, and {w:show the TA how to deliver it}.
@P (b) {who:The TA} will {w:deliver the physiotherapy programme} {f:three times a week} for {d:15 minutes} {g:1:1} in the hall or playground.
@P (c) {who:An HCPC-registered occupational therapist from the Fenwick Children's Therapy Service} will {w:set a fine motor and dressing programme}, {f:once a term}, for {d:45 minutes} {g:1:1}, and {who:the TA} will {w:deliver it} {f:three times a week} for {d:10 minutes} {g:1:1}.
@P(nodur,nogrp) (d) {w:provide a chunky triangular pencil, a writing slope and a seat with a footrest}, {who:ordered by the SENCo on the OT's advice}, for use {f:at every table activity}.
@P(nodur) (e) {who:The TA} will {w:take Noah to the toilet on a timed schedule}, {f:at 9.30am, 11.00am, 12.30pm and 2.15pm}, {g:1:1}, {w:using a visual sequence card and a changing area with a step}, following the continence service's toileting plan, and will {w:record each visit on the toileting chart}.
@P(nodur,nogrp) (f) {who:The SENCo} will {w:complete a personal evacuation and risk assessment for trips and the school field}, {f:before each trip and each September}.
7. Transition
@P(nogrp) {who:The SENCo} will {w:arrange three extra visits to the Year 3 classroom, with a photo book of the new room and adults}, {f:in the second half of the summer term 2026}, each of {d:30 minutes}, {w:with the TA}, so that Noah is ready for Key Stage 2.
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN NOAH HAVING SPECIAL EDUCATIONAL NEEDS
This health provision has been agreed with the Fenwick and Wyre Vale Integrated Care Board (ICB).
@P(nodur,nogrp) G1. {who:The Fenwick Paediatric Audiology Service} will {w:test Noah's hearing and check and adjust his hearing aids} {f:every four months}, and will {w:send results to the ToD and the SENCo within two weeks of each appointment}.
@P(nodur,nogrp) G2. {who:The Fenwick Paediatric Audiology Service} will {w:supply the radio aid, replacement batteries and spare ear moulds}, {w:replacing moulds} {f:every three months}.
@P(nodur,nogrp) G3. {who:The community paediatrician, Dr Sarah Quayle,} will {w:review Noah's growth, development, thyroid blood tests and general health} {f:every six months}, {w:writing to the SENCo after each review if anything changes for school}.
@P(nodur,nogrp) G4. {who:The paediatric cardiology clinic at Fenwick General Hospital} will {w:review Noah's heart} {f:once a year}.
@P(nodur,nogrp) G5. {who:The hospital eye service} will {w:review Noah's eyesight and glasses} {f:every twelve months}.
@P G6. {who:The paediatric continence service (specialist nurse)} will {w:provide a written toileting plan and visit school to train the TA}, {f:once in the autumn term 2025} for {d:1 hour}, {g:with the TA and SENCo}, and {w:review the plan by phone with parents and school} {f:each term}.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
No social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required at present (see Section D).
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN NOAH HAVING SPECIAL EDUCATIONAL NEEDS
No other social care provision is required at present (see Section D). Noah's parents can ask the Children with Disabilities Team for a short-breaks assessment at any time.
##I SECTION I – PLACEMENT
##J SECTION J – PERSONAL BUDGET
Noah's parents have not asked for a personal budget. They have been given information about personal budgets and can ask for one at any time, including when the plan is reviewed.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Parents' views | Gemma and Ryan Whitlock | 3 September 2025
|| Noah's views (photograph sort and observation) | Miss Laura Penhallow and Mrs Carol Fisk | 19 September 2025
|| Educational advice | Mrs Joanne Rudd, SENCo, Saxby Lees CE Primary School | 12 September 2025
|| Educational psychology advice | Dr Ruth Alder, educational psychologist, Fenwick Educational Psychology Service | 17 September 2025
|| Hearing support advice | Helen Marsh, qualified teacher of the deaf, Fenwick Sensory Support Service | 8 September 2025
|| Speech and language therapy advice | Kirsty Hale, speech and language therapist, Fenwick Children's Therapy Service | 24 July 2025
|| Physiotherapy advice | Amir Sadiq, physiotherapist, Fenwick Children's Therapy Service | 5 September 2025
|| Occupational therapy advice | Grace Kinnear, occupational therapist, Fenwick Children's Therapy Service | 5 September 2025
|| Health advice | Dr Sarah Quayle, community paediatrician, Fenwick Community Health NHS Trust | 10 September 2025
|| Social care advice | Eve Larkin, senior practitioner, Fenwick Children with Disabilities Team | 11 September 2025
Draft prepared by Priya Anand, SEND Caseworker, 9 October 2025.
"""
