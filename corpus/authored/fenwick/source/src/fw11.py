META = {
    "id": "fw11", "child_name": "Jordan Kerr", "plan_date": "2026-04-29", "age": 14, "status": "final",
    "target_grade": "inadequate", "pdf": True,
    "rationale": "Inadequate. Jordan is a child in care, living with foster carers, with a social worker and a virtual school, yet Section D says he has no social care needs and H1 and H2 say 'Not applicable', so his care status and the social care support around him are missing from the plan. There is no child's voice: A records only that Jordan did not attend, with no other attempt to gather his views. Educational psychology advice dates from 2021 and was not updated for this plan. Outcomes are not SMART and two carry dates already past (July 2025 and December 2025); there is no preparation-for-adulthood outcome although Jordan is in Year 9. F is almost entirely unquantified; G contains a 'TBC' and therapy is placed in G. A placeholder ('<insert social worker name>') is left in, and the next review date is already past. The narrative in B is adequate but the limiting faults cap the grade.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered 1.-4. with bullets and (a)/(b) sub-points; K as a table.",
    "section_status": {"D": "nil", "H1": "nil", "H2": "nil"},
    "extra_faults": [
        {"kind": "no-health-or-social-care-advice", "section": "K", "sentence": "SECTION K – ADVICE AND INFORMATION", "note": "No social care advice listed although Jordan is a child in care."},
        {"kind": "no-pfa-outcome", "section": "E", "sentence": "SECTION E – OUTCOMES", "note": "Year 9: no preparation-for-adulthood outcome."},
        {"kind": "outdated-advice", "section": "K", "sentence": "Educational psychology advice | Dr Graham Tolley, educational psychologist | 11 June 2021", "note": "EP advice nearly five years old at the date of the plan."},
    ],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN
|| Name | Jordan Kerr
|| Date of birth | 15/10/2011
|| Age | 14
|| Address | c/o Fenwick Children's Services
|| Parent/carer | Peter and Lynn Ashdown (foster carers); Sharon Kerr (mother)
|| School | St Edmund's Academy, Fenwick, Year 9
|| Date of plan | 29 April 2026
|| Caseworker | Nicola Brandon
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF JORDAN AND HIS PARENTS/CARERS
##- Jordan's views
[[no-child-voice|Jordan did not attend the review meeting and did not give his views.]]
##- Views of carers
Peter and Lynn Ashdown have been Jordan's foster carers since August 2024. They describe him as "a lad with a good heart who has had a really tough start". They say he loves boxing, which he does three evenings a week at the Fenwick Amateur Boxing Club, and that he is "a natural" at it. He also likes grime music, cooking with Lynn, and looking after their two dogs. He enjoys going fishing with Peter at the weekend. They say he is polite and helpful at home most of the time, but that he can be very angry and can shut himself in his room for long periods, particularly after contact with his mother. They are worried about his schooling: he has been excluded several times and has had a reduced timetable, and he tells them he "hates" school. They want him to stay in school, to get his GCSEs and to go on to college. They think he could do well in something practical, such as catering or sport. Lynn says that Jordan cooks a meal for the family every Sunday and is "better than me at a roast". Peter says the boxing club has been the making of him: his coach, Dave Mills, has told Jordan that he could train as a junior coach when he is 16. They say that Jordan has good days and bad days at home, and that bad days usually follow a difficult day at school or contact with his mother. They would like the academy to tell them about good days as well as bad ones, and to work with them to get Jordan back into full-time education. They feel that he needs one person at school who "gets him" and who will stick with him.
##- Views of Jordan's mother
Sharon Kerr was not able to attend the meeting. The social worker reported that she wants Jordan to do well at school and that she would like to receive a copy of his school reports.
##- Aspirations
Jordan's carers want him to stay in school and get qualifications. They think he would like to be a chef or a boxing coach.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
##- Background
Jordan lived with his mother and two younger half-brothers until he was 12. He experienced neglect and was exposed to domestic abuse and parental substance misuse. He was made subject to a care order in 2024 and has had three foster placements; he has lived with Mr and Mrs Ashdown since August 2024. He attended three primary schools and two secondary schools before joining St Edmund's Academy in September 2024. He was on SEN support from Year 3 for social, emotional and mental health needs and for literacy, and had a statutory assessment in 2021 which did not lead to a plan. A new EHC needs assessment was requested by the virtual school in September 2025. The council agreed to assess in October 2025. The previous schools' records show a pattern of Jordan settling well for the first few weeks in a new school, followed by a rise in incidents as he becomes more anxious about whether he will be able to stay. His carers believe that the stability of his current placement is helping him, and that he needs his school placement to be equally stable.
##- Social, emotional and mental health
Jordan has significant social, emotional and mental health needs. The educational psychologist, Dr Graham Tolley, assessed Jordan in June 2021, when he was in Year 4. [[outdated-advice|Dr Tolley's report states that Jordan "presents with difficulties consistent with attachment difficulties and early trauma, and needs a nurturing environment with a consistent key adult".]] The academy reports that Jordan finds it very hard to manage his emotions. He can become angry very quickly, especially when he feels he is being criticised, ignored or treated unfairly, and he will shout, swear, throw equipment and walk out of lessons. He has had five suspensions this academic year, totalling 11 days, mostly for verbal abuse of staff and for one fight. He was on a reduced timetable (mornings only) from November 2025 to February 2026. He often refuses to work in lessons and puts his head down or wears his hood up. He finds it hard to trust adults, and staff say that he "tests" new teachers. However, he has built a good relationship with the academy's inclusion mentor, Mr Andre Ellis, and with his boxing coach. He has a small group of friends, some of whom are older and not at the academy, which his carers and social worker are worried about. He has said to his carers that he feels "nobody wants him" and that he "doesn't care" what happens to him.
##- Cognition and learning
In 2021 Dr Tolley found Jordan's cognitive abilities to be in the low average range, with a weakness in working memory. His reading age, tested by the academy in January 2026, is 10 years 4 months, and his spelling age is 9 years 8 months. He is working below the expected level in English, mathematics, science and humanities, and at the expected level in PE and food technology. He has large gaps in his learning because of changes of school, time out of lessons and exclusions. His teachers say that he can understand new ideas when he is engaged, particularly in practical lessons, but that he avoids reading and writing and becomes frustrated when he cannot do a task straight away. He rarely completes homework. The academy's assessments in January 2026 placed Jordan at working-towards grade 2 in English and mathematics and grade 1 in science. In food technology his practical work is at the expected standard and his teacher describes him as "one of the most skilled cooks in the year group". He is reluctant to write, and will often write only one or two sentences, but he can answer questions well orally. He has difficulty organising his equipment and remembering his timetable, which often leads to him arriving late or without what he needs, and then to conflict with staff.
##- Communication and interaction
Jordan's language is generally in line with his age, although his vocabulary for talking about feelings is limited. He can be very articulate when he is talking about boxing, music or food. He sometimes misreads other people's intentions, assuming they are being hostile, which can lead to conflict. When he is calm, he can explain what happened in an incident and can sometimes say what he could have done differently, but he finds this very difficult straight after an incident, when he will often refuse to speak or will say "I don't care". He prefers to talk while doing something, such as walking or shooting hoops, rather than sitting face to face. Staff have found that written choices (for example, a card with two options) help him to make decisions when he is upset.
##- Sensory and/or physical needs
Jordan has no identified sensory or physical needs. He is fit and strong, and boxing helps him to manage his feelings. His carers say he is very sensitive to being touched unexpectedly and reacts strongly if someone bumps into him in a crowded corridor, which has been the start of more than one incident at school. He prefers to sit at the back or the side of the classroom, where he can see the door.
##- Advice from the academy
Mrs Deborah Quinn, SENCo, reports that St Edmund's Academy has put in place a range of support for Jordan since he joined in September 2024. He has had a pastoral support plan since October 2024, a time-out card, and mentoring with Mr Ellis. He was placed in a nurture group for two periods a week in the autumn term 2024, but he stopped attending because he said it was "for babies". He has had a reading intervention in small groups, but his attendance at it has been poor. Mrs Quinn reports that the academy has found that Jordan responds best to adults who are calm, consistent and who use humour, and that incidents are much less likely when he has had a positive start to the day, when he has eaten, and when he is in practical lessons. Incidents are most likely after weekends and after contact with his mother, and in lessons with cover teachers. The academy's behaviour records show 96 behaviour points this year, mostly for defiance, refusal to work and leaving lessons, and 38 positive points, mostly in PE and food technology. Mrs Quinn states that Jordan "needs a highly consistent and relational approach, and access to a smaller, calmer environment for part of the week", and that the academy has explored an alternative provision placement for one day a week at the Fenwick Vocational Centre, which offers catering and sport.
##- Advice from the virtual school
The Fenwick Virtual School, which supports the education of children in care, reports that Jordan's personal education plan (PEP) is reviewed each term. His PEP targets for the spring term 2026 were to attend at least 90% of sessions, to complete a reading intervention and to have no more than one suspension. His attendance for the spring term was 84%. The virtual school has funded a tutor for one hour a week through the pupil premium plus grant, which Jordan has attended about half of the time. The virtual school advises that all adults working with Jordan should have training in attachment and trauma, that he should have a consistent key adult, and that his education plan should be joined up with his care plan and his PEP. It recommends that the EHC plan sets out clearly who will provide what, and how his social worker and carers will be involved.
##- Attendance and exclusions
Attendance 2024-25: 79%. Attendance 2025-26 to date: 82%. Suspensions 2025-26: five (11 days). Reduced timetable: November 2025 to February 2026. Part-time alternative provision: under consideration.
##- What works well for Jordan
* A calm adult who speaks to him privately, not in front of his friends.
* Being given a choice and some control over his work.
* Practical lessons, especially PE and food technology.
* Being given a job or responsibility.
* A quick, fair response to any problem, and a fresh start the next lesson.
* Time with Mr Ellis at the start of the week.
##- Information from the care team
At the review meeting, Jordan's social worker said that Jordan is subject to a care order and that his care plan is reviewed by an independent reviewing officer every six months. Jordan has supervised contact with his mother once a month and with his half-brothers, who live with their father, every two weeks. The social worker said that the care team is worried about Jordan's links with older young people in the community and about the risk of criminal exploitation, and that a referral has been made to the council's exploitation panel. The social worker said that Jordan's foster carers have asked for more support, including training in therapeutic parenting and regular respite, and that this is being considered.
##- Summary of needs
Jordan needs a consistent, trauma-informed approach from all staff, with a key adult he trusts. He needs help to recognise and manage his emotions, and support to stay in lessons and to return after incidents. He needs targeted literacy support to close the gaps in his reading and spelling, and support with organisation and homework. He needs a curriculum that includes practical subjects where he can succeed. He needs support to keep safe in the community.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Jordan had his statutory health assessment as a child in care in November 2025. He is in good physical health. [[unexplained-acronym|The looked after children nurse noted concerns about his emotional wellbeing and sleep, and referred him to CYPMHS.]] He is on the waiting list. The nurse's report states that Jordan often does not get to sleep until the early hours, that he uses his phone late into the night, and that he sometimes skips breakfast. He has had his dental check and his immunisations are up to date. He has told the nurse that he sometimes feels "really low" and "angry all the time", but that boxing helps. The nurse recommends that Jordan's carers and the academy are given advice on supporting his emotional health while he waits for CYPMHS.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
[[social-care-need-no-provision|Jordan has no social care needs.]]
##E SECTION E – OUTCOMES
@O [[past-date|1. {t:By July 2025}, {s:Jordan} {b:will attend all of his lessons} {c:with no suspensions}.]] %% Date already past at the date of the plan.
@O(nonspec) [[outcome-not-smart|2. {s:Jordan} {b:will learn to manage his anger.}]]
@O(nonspec) [[past-date|3. {s:Jordan} {b:will improve his reading and spelling} {t:by December 2025}.]] %% Past date; also not measurable.
@O(prov) [[outcome-is-provision|4. {s:Jordan} will have a key adult and access to the inclusion room.]]
@O(nonspec) [[aspiration-as-outcome|5. Jordan will be happy and feel safe in school.]]
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
1. Social, emotional and mental health
@P(vague,nodur,nogrp)- (a) [[vague-provision|Jordan will have a key adult who he can go to when he needs support.]]
@P(vague,nodur,nogrp)- (b) [[vague-provision|Jordan will have access to {w:the inclusion room} when he is dysregulated.]]
@P(vague,nodur,nogrp)- (c) [[vague-provision|Staff will use {w:a trauma-informed approach}.]]
@P(vague,nodur,nogrp)- (d) [[vague-provision|Jordan would benefit from {w:mentoring and ELSA sessions}.]]
@P- (e) {who:The inclusion mentor, Mr Andre Ellis,} will {w:meet Jordan for a mentoring session} {f:twice a week} for {d:30 minutes} {g:1:1}.
@P(vague,nodur,nogrp)- (f) [[vague-provision|{w:A behaviour plan} should be put in place and reviewed regularly.]]
2. Cognition and learning
@P(vague,nodur,nogrp)- (a) [[vague-provision|Jordan will receive literacy interventions in a small group.]]
@P(vague,nodur,nogrp)- (b) [[vague-provision|Work should be differentiated to meet Jordan's needs.]]
@P(vague,nodur,nogrp)- (c) [[vague-provision|Jordan will be supported with homework where possible.]]
@P(vague,nodur,nogrp)- (d) [[vague-provision|{w:Access arrangements for exams} to be considered.]]
3. Communication and interaction
@P(vague,nodur,nogrp)- (a) [[vague-provision|Jordan will be given opportunities to talk about his feelings.]]
4. Review
[[past-date|The next review will be held on 15 January 2026.]]
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN JORDAN HAVING SPECIAL EDUCATIONAL NEEDS
@P(vague,nodur,nogrp) [[placeholder|{who:CYPMHS}: TBC.]]
@P(vague,nodur,nogrp) [[therapy-in-health-section|{w:Speech and language therapy} to work on emotional vocabulary as required.]]
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
Not applicable.
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN JORDAN HAVING SPECIAL EDUCATIONAL NEEDS
Not applicable.
[[placeholder|Social worker: <insert social worker name>.]]
##I SECTION I – PLACEMENT
St Edmund's Academy (academy, mainstream secondary), Fenwick.
##J SECTION J – PERSONAL BUDGET
Not applicable.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Carers' views | Peter and Lynn Ashdown | 4 February 2026
|| Educational advice | Mrs Deborah Quinn, SENCo, St Edmund's Academy | 10 February 2026
|| Educational psychology advice | Dr Graham Tolley, educational psychologist | 11 June 2021
|| Health advice | Looked after children nurse | 20 November 2025
|| Virtual school advice | Fenwick Virtual School | 12 February 2026
Signed: Nicola Brandon, SEND Caseworker, 29 April 2026.
"""
