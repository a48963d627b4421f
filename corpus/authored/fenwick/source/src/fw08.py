META = {
    "id": "fw08", "child_name": "Theo Marchetti", "plan_date": "2026-09-30", "age": 15, "status": "draft",
    "target_grade": "requires_improvement", "pdf": True,
    "rationale": "Requires improvement. All sections are present and Section I is correctly blank in this draft. Theo's voice is present and B gives a full narrative of his autism, anxiety and learning needs. However: Theo is in Year 10 and there is no preparation-for-adulthood outcome; one outcome is dated July 2026, already past at the date of the draft; outcomes E3 and E5 are not measurable or not time-bound and E4 is provision in disguise; about half of F lacks frequency, duration or who ('regular check-ins', 'access to a quiet space', 'small group', 'as required'); speech and language therapy is placed in G rather than F; the educational psychology advice dates from 2022 and was not updated; and K lists no social care advice, so the nil statements in D, H1 and H2 are unsupported. No placeholders or wrong names, and every need has at least some provision, so not inadequate.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered F1.-F5. with (a), (b) sub-points; K as a table.",
    "section_status": {"D": "nil", "H1": "nil", "H2": "nil", "I": "blank"},
    "extra_faults": [
        {"kind": "no-pfa-outcome", "section": "E", "sentence": "SECTION E – OUTCOMES", "note": "Year 10: no employment, independent living, community or health outcome."},
        {"kind": "no-health-or-social-care-advice", "section": "K", "sentence": "SECTION K – ADVICE AND INFORMATION", "note": "No social care advice listed; D/H1/H2 nil statements are unsupported."},
    ],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN – DRAFT
|| Name | Theo Luca Marchetti
|| Date of birth | 08/09/2011
|| Age | 15
|| Address | Flat 2, 19 Harbour Street, Castle Hythe, Fenwick
|| Parent | Giulia Marchetti (mother)
|| School | Castle Hythe Academy, Year 10
|| Date of draft | 30 September 2026
|| Caseworker | Sophie Kenward
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF THEO AND HIS MOTHER
##- Theo's views
Theo completed a questionnaire with his form tutor, Ms Rhian Daley, in July 2026. He said:
"I like coding, Formula 1, history documentaries and my cat, Enzo. I'm good at computer science and maths and I know a lot about the Second World War. I don't like crowds, loud people, PE, or being made to read out loud. I don't like it when teachers say I'm being rude when I'm just being honest."
"School is stressful. Break and lunch are the worst. I eat in the toilets sometimes because the canteen is too loud. Some people in my year call me names. I don't really have friends at school but I have friends online who I play games with."
"The things that help are computing club, Ms Daley, being able to email teachers, and knowing what is happening. The library is OK at lunch when it is quiet. I would like to have one person I can go to who doesn't keep changing."
"I want to do computer science A level and go to university and then work as a software developer. I'd like to live on my own one day."
##- Mother's views
Giulia Marchetti says Theo is "clever, funny in a dry way, and very loyal to the people he trusts". She says that since Year 9 he has become more anxious and withdrawn, and he has refused to go to school on several days, saying he feels sick. At home he spends most of his time in his room on his computer, and he finds it hard to go out except to his grandparents' house. Giulia works full time as a nurse and brings up Theo on her own; his father lives in Italy and has occasional contact by video call. She is worried about his GCSEs, his mental health and what will happen after Year 11. She wants him to get the qualifications he is capable of and to feel less alone. She would like the academy to contact her by email rather than by phone, as she works long shifts, and she asked that meetings are held after 4pm. She also said that Theo's grandparents, Pat and Roger Hollins, who live nearby, are an important part of his life; Theo goes to their house most days after school and his grandfather has taught him to build computers. Pat said: "He's a different boy with us, relaxed and chatty. School just wears him out."
##- Theo's history
Theo was born in Fenwick and lived in Milan with both parents between the ages of two and six, so he speaks some Italian. His parents separated when he was six and he moved back to Castle Hythe with his mother. At Castle Hythe Primary School his teachers described him as "a bright boy who prefers his own company", and he had some support in Key Stage 2 for friendships and for managing changes to routine. He was referred for an autism assessment in Year 5 after a period of distress at school, and was diagnosed in Year 6. His move to Castle Hythe Academy in September 2022 went well at first: he settled into the computing club and his attendance in Year 7 was 96%. Things became harder in Year 8 and Year 9, as the social demands grew and he became the target of name-calling. He was placed on the academy's SEN register in Year 7 and has had a pastoral support plan since Year 9.
##- How Theo would like to be supported (his own list)
* Tell me about changes in advance, in writing.
* Don't ask me to read out loud or answer in front of the class without warning.
* Let me work on my own if I want to.
* Email me rather than calling me to the office.
* Don't touch me or stand too close when I'm stressed.
* Let me leave early to avoid the corridors.
##- Aspirations
Theo wants to study computer science at A level and university and work as a software developer. His mother wants him to be happy and to achieve his potential.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
Theo was diagnosed with autism spectrum condition by the Fenwick Autism Assessment Service in November 2021. His needs were assessed for this EHC plan in the summer term 2026 following a request by his mother.
##- Communication and interaction
Theo has a strong vocabulary and speaks fluently and precisely. He finds it difficult to understand the unwritten rules of social interaction: he may speak bluntly, interrupt, or talk at length about his interests without noticing that others have lost interest. He takes some language literally and can misread sarcasm and teasing, which has led to conflict with peers. He finds group work very difficult and will usually work alone. He prefers written communication and is more relaxed when he can message or email staff. He has said he would like friends at school but does not know how to start a conversation with people he does not know. In the computing club, where the activity is structured and based on a shared interest, he talks freely with two other students and has helped younger students with their coding projects. Staff have noticed that he is more able to join in when there is a clear task and a clear role. He finds it hard to recognise when he is becoming anxious until he is very distressed, and he finds it hard to put into words how he is feeling; he is much more able to do this in writing or by email after the event.
##- Cognition and learning
Theo is a very able student in mathematics, computer science and science, where he is predicted grades 7 to 9. In English and humanities he is predicted grades 4 to 5: he understands texts well but finds it hard to write extended answers that explain characters' feelings or that require him to consider other viewpoints, and he often does not finish timed written tasks. The educational psychologist's report from 2022 found his verbal and non-verbal reasoning to be in the superior range and his processing speed to be average. [[outdated-advice|The educational psychologist's report of March 2022 recommends that Theo is given a quiet workstation and a visual timetable.]] Theo is reluctant to ask for help and does not like to be seen receiving support in class. He organises his computing projects meticulously, but finds it hard to plan essays and will often write a single long paragraph that answers part of the question in great detail and leaves the rest out. His teachers say that when he is given a clear structure (for example a paragraph plan with sentence starters), the quality of his writing improves a great deal.
##- Social, emotional and mental health
Theo experiences high anxiety, particularly in unstructured times, crowded spaces and when he is unsure what is expected. His attendance fell from 94% in Year 8 to 83% in Year 9, and he has had periods of several days off with stomach aches. He has described feeling "constantly on edge" at school. He has been subject to name-calling by a group of students in his year group, which the academy is dealing with through its anti-bullying policy. He can become very distressed when routines change unexpectedly, such as when a lesson is covered or a room is changed, and in Year 9 he walked out of the academy twice. His mother says that he has talked about feeling "pointless" and about not wanting to be around, and he was referred to CYPMHS in June 2026. He is currently on the waiting list.
##- Sensory and/or physical needs
Theo is very sensitive to noise, to bright lights and to strong smells. He finds the canteen, the corridors and the sports hall overwhelming. He wears a hoodie whenever he can and uses noise-cancelling earbuds at break times. He has poor coordination and dislikes PE, particularly team sports. He has no other physical needs. Changing for PE in a shared changing room is a particular source of stress, and he has missed a number of PE lessons by going to the medical room. He has said he would be willing to take part in individual activities such as the fitness suite or running if he could change on his own.
##- Advice from the academy
Mr Paul Sheridan, SENCo, writes that Theo "is an exceptionally able young man whose anxiety is now the main barrier to his learning". He reports that Theo's attendance in the summer term 2026 was 81%, that he was late on 23 occasions, usually because he waited for the corridors to clear, and that he had left lessons without permission on 12 occasions. Teachers report that Theo is polite and focused in lessons where he feels safe, particularly computer science and mathematics, and that he rarely completes homework in English and humanities. The academy has tried a quiet room at lunchtime, an exit card and a key worker, with some success, but the key worker left in the spring term and the arrangement lapsed. Mr Sheridan advises that Theo needs "a consistent trusted adult, structured social opportunities built around his interests, and a predictable day".
##- Summary of attainment (July 2026)
Mathematics: working at grade 8. Computer science: grade 8. Combined science: grade 7. English language: grade 4. English literature: grade 4. History: grade 5. Italian: grade 6. Theo is on track to achieve strong GCSE grades in mathematics, science and computer science, and is at risk of under-achieving in English and history.
##- Summary of Theo's needs
Theo needs a predictable school day, with advance written notice of changes, and a consistent trusted adult he can contact in writing. He needs structured opportunities to build friendships through his interests, and teaching about social communication that respects his autistic identity. He needs support to plan and complete extended written answers in English and humanities, and examination access arrangements. He needs a quiet place to go at unstructured times and adjustments to reduce sensory overload. He needs assessment and support for his anxiety and low mood, and the academy needs to work closely with his mother to improve his attendance. [[need-without-provision|Looking ahead, he needs careers guidance and planning for sixth form or college.]]
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Autism spectrum condition.
Anxiety and low mood: Theo has been referred to the Fenwick Children and Young People's Mental Health Service (CYPMHS) and is on the waiting list for assessment.
Theo's GP has seen him for stomach aches, which are thought to be related to anxiety.
Dr Yusuf Karim, community paediatrician, saw Theo in July 2026. [[health-need-no-provision|He confirmed the diagnosis of autism and noted that Theo's sleep is poor (he often goes to sleep after 1am), that he eats a limited range of foods, and that his weight and growth are within the normal range.]] He advised that Theo's anxiety be assessed by CYPMHS, and that Theo and his mother be given information on sleep routines.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
Theo has no social care needs.
##E SECTION E – OUTCOMES
These outcomes were discussed with Theo and his mother at the planning meeting on 15 September 2026.
@O E1. {t:By the end of Year 10 (July 2027)}, {s:Theo} {b:will attend school} {c:for at least 92% of sessions}.
@O [[past-date|E2. {t:By July 2026}, {s:Theo} {b:will eat lunch in the library lunch club rather than in the toilets} {c:on at least 4 days out of 5}.]] %% Date already past at the date of the draft (30 September 2026).
@O(nonspec) [[outcome-not-smart|E3. {s:Theo} {b:will develop his social skills and make friends at school.}]]
@O(prov) [[outcome-is-provision|E4. {s:Theo} will have access to a quiet space and a key worker {t:by the end of Key Stage 4}.]]
@O [[outcome-not-smart|E5. {s:Theo} {b:will complete extended written answers in English and history within the time allowed} {c:in 3 out of 4 assessments}.]] %% Measurable but no time frame.
@O E6. {t:By the end of the spring term 2027}, {s:Theo} {b:will email or message a named member of staff when he is anxious, rather than leaving the academy,} {c:on every occasion, with no walk-outs in the term}.
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
Castle Hythe Academy will provide the following:
F1. Communication and interaction
@P(vague,nodur)- (a) [[vague-provision|Theo will attend a small group social skills intervention with {who:the SEN team}.]] %% 'small group', no frequency or length; 'the SEN team' is a weak who (counted as a named service, arguable).
@P(nodur,nogrp)- (b) {who:All staff} will {w:give instructions in writing as well as verbally and avoid sarcasm and idioms}, {f:in every lesson}. %% 'All staff' qualified by an every-lesson strategy; arguable who.
@P(nodur,nogrp)- (c) {who:The SENCo} will {w:let Theo contact staff by email through the academy's messaging system} {f:during the school day}.
F2. Cognition and learning
@P(nodur,nogrp)- (a) {who:The examinations officer} will {w:provide 25% extra time, a separate room and use of a laptop} {f:in all mock and GCSE examinations}.
@P(vague,nodur,nogrp)- (b) [[vague-provision|Theo will be supported in English and humanities lessons by {who:a teaching assistant} where possible.]] %% Who present (teaching assistant) but 'where possible' and no frequency.
@P- (c) {who:A teaching assistant} will {w:deliver a writing-frame and planning intervention for extended answers}, {f:once a week} for {d:30 minutes} {g:1:1}, {f:for the autumn and spring terms}.
@P(nodur,nogrp)- (d) {who:Teachers} will {w:provide Theo with lesson resources and homework instructions in writing on the academy's online platform}, {f:for every lesson}.
@P(vague,nodur,nogrp)- (e) [[vague-provision|Theo will be encouraged to attend lunchtime clubs such as computing club.]]
F3. Social, emotional and mental health
@P(vague,nodur,nogrp)- (a) [[vague-provision|Theo will have regular {w:check-ins} with a key worker.]]
@P(vague,nodur,nogrp)- (b) [[vague-provision|Theo will have access to {w:a quiet space} {f:at unstructured times}.]]
@P(nodur,nogrp)- (c) {who:The head of year} will {w:give Theo written notice of any cover lesson or room change} {f:by the start of the school day}.
@P(vague,nodur,nogrp)- (d) [[vague-provision|Theo will receive ELSA support as required.]]
@P- (e) {who:The pastoral manager} will {w:meet Theo to check on bullying incidents and how he is feeling}, {f:every Monday} for {d:15 minutes} {g:1:1}.
F4. Sensory and physical
@P(nodur,nogrp)- (a) {who:Teachers} will {w:allow Theo to wear noise-cancelling earbuds} {f:at break, lunch and in practical lessons}.
@P(vague,nodur,nogrp)- (b) [[vague-provision|Theo will be given opportunities to leave lessons early to avoid busy corridors.]]
@P(vague,nodur,nogrp)- (c) [[vague-provision|PE will be adapted where appropriate.]]
F5. Review
Provision will be reviewed at the annual review.
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN THEO HAVING SPECIAL EDUCATIONAL NEEDS
@P(vague,nodur,nogrp) G1. [[vague-provision|{who:CYPMHS} to {w:assess Theo} when he reaches the top of the waiting list.]]
@P(vague,nodur,nogrp) G2. [[therapy-in-health-section|{who:Speech and language therapy service} to {w:provide social communication therapy} as required.]] %% SaLT is educational provision and belongs in F; also 'as required'.
@P(nodur,nogrp) G3. {who:Theo's GP} will {w:review his stomach aches} {f:at an appointment in the autumn term 2026}.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
N/A
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN THEO HAVING SPECIAL EDUCATIONAL NEEDS
N/A
##I SECTION I – PLACEMENT
##J SECTION J – PERSONAL BUDGET
None requested.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Parental advice | Giulia Marchetti | 2 July 2026
|| Theo's views | Theo Marchetti, with Ms Rhian Daley | 9 July 2026
|| Educational advice | Mr Paul Sheridan, SENCo, Castle Hythe Academy | 8 July 2026
|| Educational psychology advice | Dr Amanda Cole, educational psychologist | 14 March 2022
|| Health advice | Dr Yusuf Karim, community paediatrician | 20 July 2026
Draft prepared by Sophie Kenward, SEND Caseworker, 30 September 2026.
"""
