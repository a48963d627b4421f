META = {
    "id": "fw05", "child_name": "Kai Rowntree", "plan_date": "2026-01-21", "age": 13, "status": "draft",
    "target_grade": "good", "pdf": False,
    "rationale": "Good (draft). All sections are present; Section I is correctly blank. Kai's voice is clear and quoted, and his grandmother's (special guardian's) views and history are set out. B covers attention, learning, SEMH and sensory needs with strengths. C (ADHD, medication, sleep) is met in G; D describes the special guardianship arrangement and carer strain, met in H2 with specified support, and H1 is explicitly nil. Most of F is quantified with who, frequency, duration and group size. Outcomes are mostly SMART and linked to A and B. Not outstanding: one F item relies on 'opportunities to' take part in clubs with no frequency; the mentoring item gives no session length; outcome E6 has no time frame; and 'ELSA' is used without being spelled out.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered F1.-F6. with (a), (b) sub-points and a bullet with a continuation line; K as a table.",
    "section_status": {"H1": "nil", "I": "blank"},
    "extra_faults": [],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN – DRAFT
|| Child's name | Kai Daniel Rowntree
|| Date of birth | 03/12/2012
|| Age at date of plan | 13 years
|| Home address | 8 Beacon Close, Thornby Marsh, Fenwick
|| Person with parental responsibility | Maureen Rowntree (grandmother and special guardian); Kelly Rowntree (mother) also holds parental responsibility
|| Current school and year group | Ravensholme Academy, Year 8
|| Date of draft plan | 21 January 2026
|| SEND caseworker | Callum Forde, SEND Assessment and Review Team
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF KAI AND HIS FAMILY
##- Kai's views
Kai met the educational psychologist, Dr Sunita Bhatt, twice in November 2025 and talked to his head of year, Mr Lee Garner, whom he trusts. He did not want to write anything down, so Mr Garner typed what he said and read it back to him. Kai said:
"I'm Kai. I live with my nan in Thornby Marsh. I like BMX, fishing with my uncle Dean, and fixing bikes. I'm good at fixing things, I can take a gear set apart and put it back together. I'm funny and I stick up for my mates."
"School is boring when it's just writing off the board. I can't sit still for an hour, my legs go. Teachers shout at me for things other people do as well. I get sent out and then I miss stuff and then I'm behind and it's worse."
"I like DT (design and technology) and PE and Mr Garner. I like it when I can get up and do something with my hands."
"I want to be a mechanic, or have my own bike shop. I want to stop getting excluded because it upsets my nan."
##- Views of Kai's grandmother
Maureen Rowntree has cared for Kai since he was seven, and has been his special guardian since 2020. She describes him as "loving, generous, brilliant with my neighbour's little ones and a real grafter when he's interested". She is worried about the number of times Kai has been sent out of lessons and excluded (three suspensions, totalling seven days, in Year 8 so far), and about him spending time with older boys in the village who she thinks are a bad influence. She is 68 and says she finds his anger at home "exhausting" and sometimes frightening, though he has never hurt her. She would like help to understand ADHD and more contact with school "about the good days, not just the bad ones".
##- Views of Kai's mother
Kelly Rowntree sees Kai monthly at a family centre. Through the social worker she said she wants Kai to "get his GCSEs and not end up like me", and that she is happy for Maureen to make day-to-day decisions about school.
##- History
Kai lived with his mother until he was six. He experienced neglect and witnessed domestic abuse, and he was subject to a child protection plan in 2018-19 before moving to live with his grandmother. He was diagnosed with attention deficit hyperactivity disorder (ADHD) in March 2023 by the community paediatrician. He was on SEN support at Thornby Marsh Primary School and moved to Ravensholme Academy in September 2024. The academy requested this EHC needs assessment in September 2025.
##- Aspirations
Kai wants to be a mechanic or to run a bike shop. His grandmother wants him to stay in school, get qualifications and have a trade. Both want him to stop being excluded.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
##- Cognition and learning
Dr Bhatt's assessment found Kai to be of broadly average ability, with above-average non-verbal and practical reasoning and a weakness in working memory (12th percentile) and processing speed (10th percentile). His reading accuracy is in line with his age (reading age 12 years 7 months), but his reading comprehension is weaker because he loses concentration on longer texts. His writing is short and he rarely finishes written tasks: he gives up when he cannot get started, and many of his exercise books have fewer than half the tasks completed. His teachers report that he is working below the expected level in English, humanities and languages, at the expected level in mathematics when he is engaged, and above it in design and technology and PE. Gaps in his learning have grown because of time out of lessons: he was out of lessons for at least part of the day on 41 days in the autumn term 2025.
##- Social, emotional and mental health
Kai's ADHD means he finds it very hard to sit still, to wait, to stop himself calling out and to keep his attention on tasks he does not find interesting. These difficulties are greater in the afternoon, when his medication is wearing off, and in lessons that involve long periods of listening or writing. Dr Bhatt notes that his early experiences of neglect and trauma make him highly alert to criticism and unfairness: when he feels shamed or picked out in front of others, he can escalate quickly to shouting, swearing and walking out. His behaviour logs show that most incidents happen in period 5, in corridors at lesson changes, and after a sanction he thinks is unfair. He is much calmer with adults he trusts and when he has a practical role. He has a small group of friends and is loyal, but he can be led by older young people outside school. On the Strengths and Difficulties Questionnaire, his total difficulties score is in the "very high" range (teacher and carer forms), with a strength in pro-social behaviour on the carer form.
##- Communication and interaction
Kai's language is in line with his age. He can find it hard to explain his feelings when he is angry and sometimes says things he regrets. There are no other needs in this area.
##- Sensory and/or physical needs
Kai seeks movement and finds it hard to stay seated for long periods. He has no physical difficulties; he is a strong and skilful BMX rider.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Attention deficit hyperactivity disorder (ADHD), diagnosed in March 2023 by Dr Hamid Qureshi, community paediatrician. Kai takes a long-acting stimulant medication each morning at home. The medication reduces his appetite at lunchtime, and its effect wears off at around 2pm.
Sleep. Kai finds it hard to get to sleep and often does not sleep until after midnight, which Dr Qureshi links to ADHD. He has not yet been prescribed anything to help with sleep.
Emotional wellbeing. Kai's experiences before he was seven mean he may need specialist mental health support in the future; he was assessed by the Fenwick Children and Young People's Mental Health Service (CYPMHS) in October 2025, which did not find a mental health disorder and advised a trauma-informed approach in school and support for his grandmother.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
Kai lives with his grandmother under a special guardianship order made in 2020. The Fenwick Special Guardianship Support Team (social worker Ms Ruth Abara) carried out a support needs assessment in November 2025. It found that Maureen needs support to understand and respond to Kai's ADHD and trauma-related behaviour, and a break from caring, and that Kai needs a positive activity out of school with a trusted adult that builds on his interests, to reduce the risk of exploitation by older young people in the community. Contact with his mother is supervised by the Special Guardianship Support Team.
##E SECTION E – OUTCOMES
Shorter-term targets will be set with Kai each half-term in his pastoral support plan and reviewed by his head of year.
@O E1. {t:By the end of Year 9 (July 2027)}, {s:Kai} {b:will remain in all lessons for the whole lesson,} {c:with no more than two removals a half-term (from an average of 14 a half-term in autumn 2025)}.
@O E2. {t:By the end of Year 9 (July 2027)}, {s:Kai} {b:will use his time-out card and agreed calming space and return to the lesson within 10 minutes} {c:on at least 4 out of 5 occasions when he becomes angry}.
@O E3. {t:By the end of the summer term 2026}, {s:Kai} {b:will start written tasks within 3 minutes, using a task checklist,} {c:and complete at least 75% of set classwork in English, history and geography, as checked by the SENCo in a monthly book look}.
@O E4. {t:By the end of Year 9 (July 2027)}, {s:Kai} {b:will achieve} {c:at least a working-at-grade-3 assessment in English and mathematics on the academy's Key Stage 3 assessment scale}.
@O E5. {t:By the end of the summer term 2026}, {s:Kai} {b:will have no suspensions} {c:in a full term}.
@O E6. [[outcome-not-smart|{s:Kai} {b:will name three strategies that help him calm down and use one of them when he feels angry at home,} {c:as reported by his grandmother on 3 days out of 5}.]] %% No time frame: not time-bound.
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
Ravensholme Academy will make the following provision, co-ordinated by the SENCo, Mrs Anita Dowell, who will review it with Kai and his grandmother each half-term.
F1. Key adult and relationships. The academy will:
@P(nodur,nogrp) (a) {w:name a key adult for Kai}, {who:his head of year, Mr Lee Garner}, {w:who will be his first point of contact, hold the pastoral support plan and phone his grandmother with one positive piece of news} {f:every Friday}.
@P (b) [[provision-missing-duration|{who:A learning mentor trained in trauma-informed practice (Fenwick "Attachment and Trauma Aware Schools" Level 2)} will {w:meet Kai for a mentoring session} {f:twice a week} {g:1:1}, {w:using a solution-focused approach to review his week and set goals}.]] %% Lapse: no session length for mentoring, which needs one; labelled not specific.
@P (c) {who:The learning mentor} will {w:hold a morning check-in at the pastoral base to check he has eaten breakfast and taken his medication}, {f:every day} at {f:8.35am}, for {d:10 minutes}, {g:1:1}.
F2. Behaviour and regulation. The academy will:
@P(nodur,nogrp) (a) {who:The SENCo} will {w:write a trauma-informed behaviour support plan with Kai and his grandmother, setting out his triggers, early signs, what helps and the agreed response to incidents}, and {w:share it with all staff who teach him} {f:at the start of each half-term}.
@P(nodur,nogrp) (b) {w:provide Kai with a time-out card, which he can use to go to the pastoral base for up to 10 minutes}, {f:in any lesson}, {who:with a member of the pastoral team meeting him there}.
@P(nodur,nogrp) (c) {who:All teachers} will {w:give Kai instructions and any sanction privately rather than in front of the class, use his name and a calm, low voice, and offer him a practical job (handing out equipment, taking a message)}, {f:in every lesson}.
@P(nodur,nogrp) (d) {who:The pastoral manager} will {w:let Kai leave each lesson two minutes early} {f:at every lesson change}, with a pass, to avoid crowded corridors.
@P (e) [[unexplained-acronym|{w:deliver the "Lego-based therapy" social and emotional skills programme}, {who:run by the ELSA}, {f:once a week} for {d:50 minutes} in {g:a group of three}, {f:for 12 weeks from February 2026}.]] %% 'ELSA' is not spelled out in this plan (see faults).
F3. Attention and learning. The academy will:
@P(nodur,nogrp) (a) {who:All teachers} will {w:break tasks into short steps with a written checklist on Kai's desk, give a movement break or errand after 20 minutes of seated work, and allow him a fidget tool}, {f:in every lesson}.
@P (b) {who:A teaching assistant} will {w:support Kai in English, history and geography lessons to start written tasks and use writing frames}, {f:in five lessons a week} ({d:60 minutes each}), {g:working with Kai and up to three other students at his table}.
@P (c) {who:A teaching assistant trained in "Precision Teaching"} will {w:deliver a reading comprehension and working memory programme}, {f:three times a week} for {d:20 minutes} {g:1:1} in tutor time, {r:reviewed by the SENCo each half-term}.
@P(nodur,nogrp) (d) {who:The SENCo} will {w:timetable Kai's core lessons in the morning where the timetable allows and place him in period 5 lessons with teachers who know him well}, {f:from the start of the summer term 2026}.
@P(nodur,nogrp) (e) {who:The examinations officer} will {w:provide rest breaks and a separate room for internal assessments}, {f:for every internal assessment}.
F4. Practical learning and interests. The academy will:
@P (a) {w:provide a weekly "bike workshop" session in the design and technology room}, {who:run by the design and technology technician}, {f:every Wednesday} for {d:60 minutes} after school, with {g:up to six students}, {f:from February 2026}.
@P(vague,nodur,nogrp) (b) [[vague-provision|Kai will be given opportunities to take part in extra-curricular clubs and sports teams.]] %% 'opportunities to'; no who, frequency or length.
F5. Home-school communication. The academy will:
@P(nodur,nogrp)- {who:Kai's key adult} will {w:send a home-school report by text or email} {f:each Friday},
+ {w:naming one thing that went well each day}, and {w:will phone Maureen Rowntree within 24 hours of any suspension or serious incident}.
F6. Review. The SENCo will review this provision with Kai and his grandmother each half-term and at the annual review, inviting the educational psychologist, the community paediatrician and the Special Guardianship Support Team.
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN KAI HAVING SPECIAL EDUCATIONAL NEEDS
This health provision has been agreed with the Fenwick and Wyre Vale Integrated Care Board.
@P(nodur,nogrp) G1. {who:The community paediatrician, Dr Hamid Qureshi,} will {w:review Kai's ADHD medication, growth and sleep} {f:every six months}, and {w:will consider a second dose or a change of medication to cover the afternoon} {f:at the next review (March 2026)}.
@P(nodur,nogrp) G2. {who:The community paediatrician} will {w:give Maureen Rowntree a written sleep hygiene plan} {f:at the March 2026 review}.
@P(nodur,nogrp) G3. {who:The school nurse} will {w:work with the academy to provide Kai with a high-energy snack} {f:at morning break each day}, {w:because his medication reduces his appetite at lunch}.
@P G4. {who:The Fenwick CYPMHS} will {w:provide a consultation for the SENCo and key adult on trauma-informed approaches}, {f:once in the spring term 2026}, for {d:90 minutes}, {g:with the SENCo and key adult}.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required. Kai's social care needs are met through the special guardianship support set out in H2.
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN KAI HAVING SPECIAL EDUCATIONAL NEEDS
@P(nodur,nogrp) H2.1 {who:The Fenwick Special Guardianship Support Team (social worker Ms Ruth Abara)} will {w:visit Maureen and Kai at home} {f:once a month} {w:to review the special guardianship support plan}, and {w:will attend Kai's annual review}.
@P H2.2 {who:The Special Guardianship Support Team} will {w:fund a place for Maureen Rowntree on the "Understanding ADHD and Trauma" carers' course}, {f:weekly} for {d:2 hours}, {f:for 8 weeks} in {f:the spring term 2026}, {g:in a group of up to 10 carers}.
@P H2.3 {who:The Special Guardianship Support Team} will {w:fund a mentor from the Fenwick Youth Service's "Wheels" bike project to take Kai to BMX and bike maintenance sessions}, {f:once a week} for {d:3 hours}, {g:1:1}, {f:for 12 months from February 2026}, {r:reviewed by the social worker after 6 months}.
##I SECTION I – PLACEMENT
##J SECTION J – PERSONAL BUDGET
No personal budget has been requested.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Kai's views | Kai Rowntree, with Mr Lee Garner | 20 November 2025
|| Views of special guardian | Maureen Rowntree | 18 November 2025
|| Views of mother | Kelly Rowntree, via Ms Ruth Abara | 25 November 2025
|| Educational advice | Mrs Anita Dowell, SENCo, Ravensholme Academy | 27 November 2025
|| Educational psychology advice | Dr Sunita Bhatt, educational psychologist, Fenwick Educational Psychology Service | 1 December 2025
|| Health advice | Dr Hamid Qureshi, community paediatrician | 26 November 2025
|| Mental health advice | Fenwick CYPMHS assessment summary | 14 October 2025
|| Social care advice | Ms Ruth Abara, social worker, Fenwick Special Guardianship Support Team | 2 December 2025
Draft prepared by Callum Forde, SEND Caseworker, 21 January 2026.
"""
