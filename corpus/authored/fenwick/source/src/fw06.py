META = {
    "id": "fw06", "child_name": "Amelia Thornton", "plan_date": "2025-11-05", "age": 16, "status": "final",
    "target_grade": "good", "pdf": True,
    "rationale": "Good. All sections present. Amelia's voice is strong and in the first person, with aspirations for college and work that run through E. B describes physical, learning, emotional and independence needs with strengths and attainment. C (cerebral palsy, pain, continence, orthotics) is matched in G; D (short breaks, transition to adult services) is matched in H1 and H2. F is well specified, with physiotherapy and OT programmes in F. Outcomes include preparation-for-adulthood outcomes for employment, independent living, community and health and are mostly SMART. Small lapses keep it from outstanding: the short-breaks item in H1 gives 'up to 6 hours' a month; outcome E6 ('will feel more confident...') is not measurable; the personal-care item uses 'as needed' alongside a schedule; and the arrangements for shorter-term targets are only briefly stated.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered F1.-F7. with (a), (b) sub-points and a bullet with a continuation line; K as a table.",
    "section_status": {},
    "extra_faults": [],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN
|| Young person's name | Amelia Rose Thornton
|| Date of birth | 22/09/2009
|| Age at date of plan | 16 years
|| Home address | Hollybank Farm, Lower Wenham, Fenwick
|| Parents | Claire Thornton and David Thornton
|| Current school and year group | Wyvern Vale Academy, Year 11
|| Date of this plan | 5 November 2025 (final, amended after the Year 11 annual review of 8 October 2025)
|| Date of next annual review | By 4 November 2026 (to be held at the post-16 setting)
|| SEND caseworker | Rebecca Dunmore, SEND Assessment and Review Team
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF AMELIA AND HER PARENTS
##- My views
Amelia wrote this section herself, using speech-to-text software, after a preparation session with her key worker, Mrs Sian Probert. She asked for it to be included unchanged.
"Hi, I'm Amelia. I'm 16 and I live on a farm outside Lower Wenham with my mum, dad, my older brother Josh (19, who works on the farm) and far too many animals. I have cerebral palsy, which for me mainly affects my legs and my balance and a bit my hands. I use a walking frame around the house and at school over short distances, and my wheelchair for anything further."
"I love music (I play keyboard and I'm in a band with two friends from school), gaming, and anything to do with computers. I'm good at IT, I built my own PC last summer, and I'm good at English. People say I'm determined. I say I'm stubborn."
"The hardest things at school are getting around when it's busy, getting tired by the afternoon, and the pain in my hips and legs, especially in winter. I hate having to ask for help in the toilet. I want more privacy and to do more things myself."
"Next year I want to go to Fenwick College to do the Level 3 IT course. After that, I want to work in IT support or game design, maybe go to university. I want to learn to drive an adapted car and I want to live in my own place one day, close enough to Mum and Dad for Sunday dinners."
##- Parents' views
Claire and David Thornton are proud of how Amelia has grown in confidence in Key Stage 4 and of her results in her mock examinations. They want her to go to college and, in time, to live as independently as possible. They worry about the move to college, especially personal care, transport, and whether staff will understand her fatigue and pain. Claire says that since Amelia's hip surgery in 2023 they have felt "left to manage" pain and equipment at home, and they would like clearer joint working between the hospital, community therapists and the new college. They also want Amelia to have more time with friends away from the farm, which is three miles from the nearest bus stop.
##- Aspirations
Amelia wants to study IT at Level 3, work in IT support or game design, learn to drive, live in her own home near her family, and keep playing music. Her parents share these aspirations.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
Amelia has bilateral spastic cerebral palsy (diplegia), which mainly affects her legs and, to a lesser degree, her hands. She is classified at Level III on the Gross Motor Function Classification System (she walks with a frame indoors and uses a wheelchair for longer distances). Her needs arising from this are described below.
##- Cognition and learning
Amelia is an able student. She is predicted grades 6 to 7 in English language, computer science and mathematics, and grades 5 to 6 in her other GCSE subjects. Her main barrier to learning is physical: her handwriting is slow (12 words a minute) and becomes painful after about 15 minutes, so she uses a laptop for all written work. She tires significantly in the afternoon, and her concentration and the amount she produces fall after lunch. She needs extra time to move between rooms, which means she has missed the start of lessons. She has had access arrangements in examinations since Year 9.
##- Communication and interaction
Amelia's speech and language are in line with her age. She communicates clearly and confidently and is an articulate self-advocate when she knows the people she is talking to. There are no needs in this area.
##- Social, emotional and mental health
Amelia has good friendships within the academy and her band. Her key worker and parents describe periods of low mood, especially after her surgery and when she is in pain, and frustration at being dependent on others for personal care. She has said she sometimes feels "watched" by adults and would like more privacy and independence. She is anxious about the move to college and about being "the only disabled person there". She did not want a referral to mental health services but said she would like someone to talk to in school.
##- Sensory and/or physical needs
Jenny Walsh, physiotherapist, reports that Amelia has tight muscles in her legs (spasticity), reduced hip and knee movement, and poor balance; she has had two falls at school in the last year, neither serious. She needs a daily stretching and standing programme to maintain her range of movement and reduce pain. She uses a posterior walking frame, a self-propelling wheelchair, ankle-foot orthoses (splints) and a standing frame. Ben Adeyemi, occupational therapist (OT), reports that her fine motor control is mildly affected: she can write and use a keyboard and mouse, but tires, and she needs a height-adjustable desk, a supportive chair, and adapted cutlery and a perching stool in practical subjects. Amelia needs help with some personal care: she can use an accessible toilet with grab rails, but needs one adult to help her transfer and with clothing after PE.
##- Independence and preparation for adulthood
Amelia can plan her own week using her phone, manage money and shop online. She has not yet travelled on public transport independently, and she has not used a wheelchair-accessible taxi on her own. She makes simple meals at home with a perching stool. She has completed one week of work experience, at the academy's IT department, which went well.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Bilateral spastic cerebral palsy (diplegia), under the care of Dr Frances Lyle, consultant paediatrician, and the children's orthopaedic team at Fenwick General Hospital. Amelia had a hip operation (femoral osteotomy) in 2023 and is monitored by X-ray each year.
Chronic pain in her hips and legs, worse in cold weather and with fatigue, managed with regular paracetamol and ibuprofen prescribed by her GP and with stretching.
Spasticity in her calf muscles, for which she has received botulinum toxin injections (a treatment to relax tight muscles) every six to nine months.
Orthotics: she wears ankle-foot orthoses, which need reviewing and replacing as she grows.
Bladder urgency, assessed by the paediatric continence service; Amelia needs quick access to an accessible toilet.
Amelia's transfer from children's to adult health services will take place between the ages of 16 and 18.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
Amelia is known to the Fenwick Children with Disabilities Team (social worker Mr Kieran Doyle), who carried out an assessment in June 2025. Because of her physical disability and the family's rural location, Amelia cannot take part in leisure and social activities with young people of her age without support and accessible transport. She needs support to build the independence she will need as an adult, including travel and personal care. As a young person approaching 18, she needs a transition assessment under the Care Act 2014 so that her likely adult care needs can be planned for. Her parents receive carer's support and would like this to continue.
##E SECTION E – OUTCOMES
The outcomes below were agreed with Amelia at her Year 11 annual review. They run to the end of her first year at college (July 2027). Her key worker will set termly targets with her in Year 11.
@O E1. Employment and education: {t:by the end of Year 11 (July 2026)}, {s:Amelia} {b:will achieve} {c:grade 5 or above in GCSE English language, mathematics and computer science}, {b:so that she can begin a Level 3 IT course in September 2026}.
@O E2. Employment: {t:by July 2027}, {s:Amelia} {b:will complete a work placement of at least 40 hours in an IT support role,} {c:with a positive written reference from the employer}.
@O E3. Independent living: {t:by July 2027}, {s:Amelia} {b:will manage her own personal care at college, including transfers, using adapted equipment,} {c:needing adult help only after PE or swimming}, {b:as agreed in her personal care plan}.
@O E4. Community participation: {t:by the end of the summer term 2026}, {s:Amelia} {b:will book and travel in a wheelchair-accessible taxi from home to Fenwick town centre and back} {c:independently on at least three occasions}.
@O E5. Health: {t:by July 2027}, {s:Amelia} {b:will carry out her own daily stretching programme} {c:independently on at least 5 days a week, as recorded in her app}, {b:and explain her pain management plan to a new clinician}.
@O(nonspec) E6. [[outcome-not-smart|Wellbeing: {t:by the end of Year 11 (July 2026)}, {s:Amelia} {b:will feel more confident about moving to college.}]] %% Aspiration-like; no criterion; not measurable.
@O E7. {t:By the end of the spring term 2026}, {s:Amelia} {b:will move between lessons using her wheelchair and the lift} {c:arriving on time for at least 9 out of 10 lessons, as recorded on her timetable sheet}.
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
Wyvern Vale Academy will make the following provision in Year 11. The SENCo, Mr Richard Hanley, is responsible for it. The post-16 provision will be set out at the next review, which will be held at college, once Section I is amended.
F1. Access to learning. The academy will:
@P(nodur,nogrp) (a) [[provision-missing-who|{w:provide a laptop with speech-to-text software, a height-adjustable desk and a supportive chair with a footrest} {f:in every classroom Amelia uses}, {w:as specified in the OT's report of 12 September 2025}.]] %% Small lapse: no role named as provider (only 'the academy' in the framing line), so has_who false and not specific.
@P(nodur,nogrp) (b) {who:Subject teachers} will {w:provide lesson slides and notes electronically before each lesson and will not require Amelia to handwrite} {f:in every lesson}.
@P(nodur,nogrp) (c) {who:The SENCo} will {w:apply for, and the examinations officer will provide, access arrangements: 25% extra time, a word processor, supervised rest breaks and a ground-floor room}, {f:for all mock and GCSE examinations}.
@P(nodur,nogrp) (d) {who:The pastoral manager} will {w:issue Amelia with a lift pass and allow her to leave lessons 5 minutes early with a friend}, {f:at every lesson change}.
@P(nodur,nogrp) (e) {who:Subject teachers} will {w:set work for any lessons missed because of medical appointments and send it by email} {f:within one school day}.
F2. Physical development. The academy will:
@P (a) {who:A teaching assistant trained by the physiotherapist} will {w:deliver Amelia's stretching and standing frame programme}, {f:daily} for {d:30 minutes} {g:1:1} in the medical room {f:at 1.10pm}, {r:with the physiotherapist reviewing and updating the programme each term}.
@P (b) {who:An HCPC-registered physiotherapist from the Fenwick Children's Therapy Service} will {w:review Amelia's programme, check her equipment and train staff}, {f:once a term} for {d:1 hour}, {g:1:1}, {w:and will support Amelia to learn to carry out the programme independently}.
@P(nogrp) (c) {who:An HCPC-registered occupational therapist from the Fenwick Children's Therapy Service} will {w:assess Amelia's access to the college site and write a personal care and equipment plan for college}, {f:once in the summer term 2026}, {d:a half-day visit}, {w:with Amelia and the college learning support manager}. %% An assessment visit: no group size needed.
@P(nodur,nogrp) (d) {who:The PE department} will {w:provide an adapted PE programme (swimming, boccia and the fitness suite) agreed with the physiotherapist}, {f:in every PE lesson}.
F3. Personal care. The academy will:
@P(vague,nodur) (a) [[vague-provision|{who:A teaching assistant trained in moving and handling} will {w:help Amelia with transfers and personal care} {f:at break, lunch and after PE}, and at other times as needed, {g:1:1}, following her intimate care plan.]] %% 'as needed' qualifies part of the amount: labelled not specific.
@P (b) {who:The teaching assistant} will {w:teach Amelia to use a transfer board and grab rails more independently}, {f:twice a week} for {d:15 minutes} {g:1:1}, {r:reviewed each half-term by the OT}.
F4. Social, emotional and mental health. The academy will:
@P (a) {who:Amelia's key worker, Mrs Sian Probert (HLTA, trained as a mental health first aider)}, will {w:hold a 1:1 session for Amelia to talk about how she is feeling, her pain and her plans}, {f:once a week} for {d:30 minutes}, {g:1:1}.
@P(nodur,nogrp) (b) {w:provide a quiet rest space (the medical room) that Amelia can use} {f:at lunchtime each day} {who:supervised by a first-aider}.
F5. Preparing for adulthood. The academy will:
@P (a) {who:The academy's careers adviser (Level 6 qualified)} will {w:hold careers guidance meetings with Amelia}, {f:once a half-term} for {d:30 minutes} {g:1:1}, {w:and will support her college application}.
@P(nogrp) (b) {who:The SENCo} will {w:arrange four transition visits to Fenwick College} {f:in the spring and summer terms 2026}, each of {d:2 hours}, {w:with her key worker}, {w:including a meeting with the college learning support manager}.
@P(nodur,nogrp) (c) {who:The SENCo} will {w:send Amelia's EHC plan, access arrangements, personal care plan and risk assessments to Fenwick College} {f:by 31 May 2026}.
@P(nogrp) (d) {w:deliver an independent travel training programme for accessible taxis and buses}, by {who:the Fenwick Independent Travel Training Team}, {f:once a week} for {d:90 minutes}, {f:for 10 weeks from January 2026}.
F6. Transport. Amelia receives home-to-school transport in a wheelchair-accessible vehicle under the council's travel policy; this is not special educational provision.
F7. Review. The SENCo will review this provision each term with Amelia and her parents.
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN AMELIA HAVING SPECIAL EDUCATIONAL NEEDS
This health provision has been agreed by the Fenwick and Wyre Vale Integrated Care Board.
@P(nodur,nogrp) G1. {who:Dr Frances Lyle, consultant paediatrician,} will {w:review Amelia's cerebral palsy, pain management and general health} {f:every six months}, and {w:will lead her transfer to adult services, starting with a transition clinic} {f:in the spring term 2026}.
@P(nodur,nogrp) G2. {who:The children's orthopaedic team at Fenwick General Hospital} will {w:review Amelia's hips by X-ray and clinic appointment} {f:once a year}.
@P(nodur,nogrp) G3. {who:The spasticity clinic at Fenwick General Hospital} will {w:assess Amelia for botulinum toxin injections to her calf muscles} {f:every six months}, and {w:tell the school of any change to her physiotherapy programme afterwards}.
@P(nodur,nogrp) G4. {who:The Fenwick Orthotics Service} will {w:review and replace Amelia's ankle-foot orthoses} {f:every six months}.
@P(nodur,nogrp) G5. {who:The Fenwick Wheelchair Service} will {w:review Amelia's wheelchair and seating} {f:once a year}, and {w:will complete repairs within five working days}.
@P(nodur,nogrp) G6. {who:The paediatric continence service} will {w:review Amelia's bladder urgency and advise on her care plan} {f:once a year}.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
@P(vague) H1.1 [[vague-provision|{who:The Fenwick Children with Disabilities Team} will {w:fund a personal assistant to support Amelia to take part in social and leisure activities of her choice, with accessible transport}, for up to 6 hours a month, {g:1:1}.]] %% 'up to 6 hours' is not a frequency or duration.
@P(nodur,nogrp) H1.2 {who:The Children with Disabilities Team} will {w:provide an occupational therapy assessment of adaptations needed at home for Amelia's independence (kitchen and bathroom)} {f:by 31 March 2026}.
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN AMELIA HAVING SPECIAL EDUCATIONAL NEEDS
@P(nodur,nogrp) H2.1 {who:The Fenwick Preparing for Adulthood Team} will {w:complete a Care Act transition assessment} {f:by 30 September 2026}, and {w:will attend Amelia's next annual review}.
@P(nodur,nogrp) H2.2 {who:The social worker, Mr Kieran Doyle,} will {w:review Amelia's child in need plan and her parents' carer's assessment} {f:every six months}.
##I SECTION I – PLACEMENT
Wyvern Vale Academy (an academy; mainstream secondary school), Dunmore Road, Wenham, Fenwick. Section I will be amended at the phase transfer review to name Amelia's post-16 setting by 31 March 2026.
##J SECTION J – PERSONAL BUDGET
Amelia's parents receive a direct payment of £1,890 a year from the Children with Disabilities Team for the personal assistant in H1.1, supporting outcome E4. No personal budget has been requested for education or health provision.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Amelia's views | Amelia Thornton | 30 September 2025
|| Parents' views | Claire and David Thornton | 1 October 2025
|| Educational advice | Mr Richard Hanley, SENCo, Wyvern Vale Academy | 24 September 2025
|| Physiotherapy advice | Jenny Walsh, physiotherapist, Fenwick Children's Therapy Service | 15 September 2025
|| Occupational therapy advice | Ben Adeyemi, occupational therapist, Fenwick Children's Therapy Service | 12 September 2025
|| Health advice | Dr Frances Lyle, consultant paediatrician, Fenwick General Hospital | 19 September 2025
|| Social care advice | Mr Kieran Doyle, social worker, Fenwick Children with Disabilities Team | 26 September 2025
|| Careers information | Wyvern Vale Academy careers adviser | 29 September 2025
Signed on behalf of Fenwick Shire Council: Rebecca Dunmore, SEND Caseworker, 5 November 2025.
"""
