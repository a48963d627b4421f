META = {
    "id": "fw09", "child_name": "Mason Fairweather", "plan_date": "2025-05-14", "age": 12, "status": "final",
    "target_grade": "inadequate", "pdf": True,
    "rationale": "Inadequate. Sections H1 and H2 are missing altogether (the plan goes from G to I), although D records a child in need plan and a family support worker. The plan has been built from another child's plan: the name 'Tyler' is left in three times and Mason is twice called 'she' or 'her'; template placeholders remain ('XX hours', '[insert date]', 'TBC'). F is almost entirely unquantified ('support from a TA', 'regular', 'small group', 'access to', 'as needed'); only two items are specific. Outcomes are aspirations or provision, and none is SMART. The review date is already past. G says 'TBC' for speech and language therapy, which is also therapy in the wrong section. B is a reasonable narrative copied from the advice, but the limiting faults (missing statutory sections, copied details, unquantified provision, no SMART outcomes) cap the grade.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; F numbered 1.-4. with bulleted items; H1/H2 absent; K as a table.",
    "section_status": {"G": "placeholder"},
    "sections_missing": ["H1", "H2"],
    "extra_faults": [
        {"kind": "therapy-in-health-section", "section": "G", "sentence": "Speech and language therapy: TBC.", "note": "Speech and language therapy belongs in F."},
        {"kind": "missing-section", "section": "H1", "sentence": "SECTION I – PLACEMENT", "note": "Sections H1 and H2 are absent: G is followed directly by I."},
        {"kind": "missing-section", "section": "H2", "sentence": "SECTION I – PLACEMENT", "note": "Sections H1 and H2 are absent: G is followed directly by I."},
    ],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T EDUCATION, HEALTH AND CARE PLAN
|| Name | Mason Lee Fairweather
|| Date of birth | 21/01/2013
|| Age | 12
|| Address | 46 Tannery Row, Fenwick
|| Parent/carer | Donna Fairweather (mother)
|| School | Fenwick Downs Academy, Year 7
|| Date of plan | 14 May 2025
|| Caseworker | Gary Selwood
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF MASON AND HIS PARENTS
##- Mason's views
Mason's views were collected by the SENCo at the academy. Mason said he likes football, his Xbox, his dog Tyson and going to his nan's caravan at the coast in the summer. He supports Fenwick Town and goes to matches with his uncle. He likes PE and art at school and says he is good at football and at drawing cartoons. He said he finds reading and writing "really hard" and that maths "is OK when it's easy stuff". He said he doesn't like it when he has to read out loud or when teachers talk too fast. He said he gets "wound up" when other kids laugh at him. He would like to be a footballer or a builder like his uncle. When asked what helps him, Mason said "when the teacher comes and explains it again just to me", "when I can work with my mate Callum" and "when it's not loads of writing". He said the thing he would change about school is "less homework and more PE". He said he likes Miss Harper, his tutor, because "she has a laugh with you". He said he sometimes feels worried in the mornings and does not want to go to school because "everyone else can do the work and I can't".
##- Parent's views
Donna Fairweather says Mason is "a good lad, really loving and helpful at home, and brilliant with his little sisters". She says he has always struggled with his learning and that primary school was "a constant battle". She is worried that he is falling further behind at secondary school and that he is getting into trouble for not doing his work, when he doesn't understand it. She says he has started to say he hates school and is refusing to go some mornings. She wants him to be able to read properly, to get some qualifications and to get a job. [[wrong-child-name|Donna would like Tyler to have more help in lessons and to be in smaller classes.]] She is on her own with Mason and his two younger sisters, Maisie (8) and Ava (4), and says she finds things hard at times. She has had help from a family support worker. She said that homework causes arguments every night because Mason cannot do it on his own and she does not always know how to help him. She would like the academy to let her know what Mason is learning so that she can help, and she would like him to have someone to talk to when he is upset at school.
##- Background
Mason lives with his mother and his two younger sisters in a two-bedroom flat in Fenwick. The family moved to the flat in 2023 after a period in temporary accommodation. Mason's father is not involved. Mason attended Tannery Row Nursery and then St Aidan's Primary School in Fenwick, where he was on the SEN register from Year 1 for cognition and learning. In Key Stage 2 he had support from a teaching assistant in English and mathematics lessons and a reading intervention three times a week. His Key Stage 2 results in 2024 were below the expected standard in reading, writing and mathematics (scaled scores of 87 in reading and 91 in mathematics). His primary school SENCo, Mrs Pauline Day, wrote in her transition report that Mason "has made small steps of progress with a lot of adult support and repetition, and will need a highly structured and supported start to secondary school". The academy requested this EHC needs assessment in November 2024, and Donna supported the request.
##- What Mason's primary school said
St Aidan's describe Mason as "a kind and popular boy who is always willing to help". They say he was happiest in practical lessons and in sport, where he captained the school football team in Year 6. They say he learned best in a small group with a familiar adult, with lots of visual support, pre-teaching of vocabulary and short tasks, and that he found it difficult when there was a supply teacher or a change to his routine. They noted that he could become frustrated and shut down when he was asked to read aloud or when he felt other children were watching him.
##- Aspirations
[[wrong-child-name|Tyler wants to be a footballer or a builder.]] His mum wants him to be happy and get a job.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
##- Cognition and learning
Mason has moderate learning difficulties. The educational psychologist, Mr Alan Royce, assessed Mason in January 2025. On the British Ability Scales his general conceptual ability was in the low range (2nd percentile), with verbal abilities at the 1st percentile and non-verbal and spatial abilities slightly higher, at the 5th and 9th percentiles. His working memory was very weak (below the 1st percentile on the digit recall task) and his processing speed was in the low range. Mr Royce writes that Mason "has a global learning difficulty affecting all areas of the curriculum, with particular difficulty in holding spoken information in mind and in learning new vocabulary". Mason's reading age in March 2025 was 7 years 2 months (a gap of about five years). He can read simple consonant-vowel-consonant words and some common exception words, but he has difficulty blending longer words and reads very slowly, so that he loses the meaning of what he has read. His spelling age is 6 years 10 months. His writing is usually two or three short sentences, with many spelling errors and little punctuation. In mathematics he is working at around the Year 2 to Year 3 level: he can add and subtract two-digit numbers with apparatus, knows his 2, 5 and 10 times tables, and can tell the time to the half hour, but he finds written methods, fractions and word problems very difficult. He is working well below the expected level in all subjects except PE and art. He needs a high level of repetition and over-learning, and practical and visual resources, to learn and remember new skills.
##- Educational psychologist's recommendations
Mr Royce makes the following recommendations: that Mason has a highly differentiated curriculum with tasks broken down into small steps; that key vocabulary is pre-taught before each new topic, using pictures and objects; that instructions are given one at a time and checked; that Mason has daily access to a structured, systematic literacy programme such as Toe by Toe or Read Write Inc. Fresh Start, delivered 1:1; that he has a numeracy intervention using concrete apparatus at least three times a week; that he has a key adult he can go to when he is struggling; that he is taught in smaller groups for English and mathematics where possible; that his self-esteem is supported through roles of responsibility and through his strengths in sport and art; and that his progress is measured in small steps. He also recommends a speech and language therapy assessment to look at Mason's understanding of language and word-finding difficulties.
##- Advice from the academy
Mrs Karen Lyle, SENCo, reports that Mason is in the lowest set for English, mathematics and science and has a teaching assistant in some of these lessons, shared with other students. He has been taking part in a reading intervention twice a week since January 2025 and has made some progress. Teachers say that he tries hard when he understands what to do, but that he quickly becomes disengaged when the work is too difficult, and that he rarely completes homework. He has been put on a report card for behaviour twice. Mrs Lyle states that the academy has used all of its resources and that Mason "needs more support than we can provide from our SEN budget".
##- Summary of attainment (spring term 2025)
Reading age 7 years 2 months; spelling age 6 years 10 months; mathematics working at the Year 2 to Year 3 level; science, humanities and languages: working well below expected levels; PE and art: working at expected levels.
##- Communication and interaction
Mason was seen by speech and language therapy in primary school and was discharged in Year 4. His teachers report that he has difficulty understanding longer instructions, subject vocabulary and questions that involve reasoning ("why", "how", "what would happen if"). He often says "yeah" when asked if he has understood, when he has not. His expressive language is simple and he sometimes struggles to find the words he needs, using "thing" and "stuff" a lot. The academy has asked for a new speech and language therapy assessment. Mason is sociable and has a group of friends from his primary school, mainly through football. In lessons he rarely asks questions and will copy from the person next to him rather than ask for help. His teachers have noticed that he is able to explain his ideas much better when he is talking about something practical he has done, such as a PE skill or an art technique, than when he is asked about a text or a science topic. In a conversation with the SENCo he was able to describe in detail how his uncle builds a wall, using words such as "foundation", "mortar" and "level", which shows that he can learn and remember vocabulary when it is linked to real experience. He finds it hard to retell events in order and to explain what happened in an argument, which has led to him being blamed in incidents with other students.
##- Social, emotional and mental health
Mason is generally cheerful and friendly, and gets on well with adults who he knows. Since starting at Fenwick Downs Academy in September 2024, he has found it increasingly hard to cope. He has had 14 behaviour points, mostly for not completing work, for being off task and for talking back to teachers. [[wrong-pronoun|When the work is too hard, Mason's teachers say that she becomes frustrated and shuts down, putting her head on the desk or refusing to start.]] He has had two fixed-term suspensions (one day each) for swearing at a teacher and for a fight with another student who had been teasing him about his reading. His attendance is 88% and falling, and his mother says he has been refusing to come to school on some mornings. He has low self-esteem about his learning and often calls himself "thick". He responds well to praise and to adults who are calm and patient. His tutor, Miss Harper, has noticed that Mason is much more settled on days when he starts with PE or art, and that he often arrives without equipment or having had breakfast. She keeps a small supply of equipment for him and he goes to breakfast club when he arrives in time.
##- Sensory and/or physical needs
Mason has no sensory or physical needs. He is a good footballer and enjoys PE.
##- Summary of Mason's needs
Mason has a global learning difficulty which affects all areas of the curriculum. He needs a highly structured and differentiated curriculum, with small steps, over-learning and practical resources. He needs intensive daily teaching of reading and spelling and a structured numeracy programme. He needs adults to simplify their language, pre-teach vocabulary and check his understanding. He needs a speech and language therapy assessment. He needs a trusted adult and support to manage his frustration and to build his self-esteem, and help to improve his attendance. He needs support to make a successful start to Key Stage 3 and to keep up his friendships and his interest in sport.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
Mason has no diagnosed health needs. He has asthma, which is managed by his GP, and he carries an inhaler. The school nursing service reported in February 2025 that Mason's asthma is well controlled, that he uses his blue inhaler before PE, and that he had his hearing and vision checked in 2024 with no concerns. They noted that Mason's mother had raised concerns about his sleep and that he is often tired in the mornings.
##D SECTION D – SOCIAL CARE NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS OR DISABILITY
The family are known to Fenwick Children's Services. [[social-care-need-no-provision|Mason and his sisters are on a child in need plan (social worker Ms Janine Okoro), following concerns about the family's housing and Donna's health.]] A family support worker from Early Help visits the family. Donna would like support with Mason's behaviour at home and help with getting him to school. The social worker's report says that Mason is often responsible for walking his sisters to school, which has made him late, and that Donna has been unwell and finds it hard to manage his behaviour in the evenings. It recommends that the family are supported by the Early Help team with routines and with Mason's attendance, and that Mason is offered a place at a youth group to give him positive activities outside school and a break for the family.
##E SECTION E – OUTCOMES
@O(nonspec) [[aspiration-as-outcome|1. Mason will be happy at school and make friends.]] %% Aspiration; all flags false.
@O(nonspec) [[outcome-not-smart|2. {s:Mason} {b:will make progress with his reading and writing.}]]
@O(prov) [[outcome-is-provision|3. {s:Mason} will have support from a TA in lessons.]]
@O(nonspec) [[outcome-not-smart|4. {s:Mason} {b:will improve his behaviour and attendance} {t:by the end of the year}.]]
@O(nonspec) [[aspiration-as-outcome|5. Mason will get a job as a footballer or a builder.]]
@O(prov) [[outcome-is-provision|6. {s:Mason} will receive speech and language therapy.]]
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
1. Cognition and learning
@P(vague,nodur,nogrp)- [[placeholder|Mason will have support from {who:a TA} for XX hours per week.]] %% Placeholder for the amount; who is 'a TA' but only as 'support from'; no span given because the item is a placeholder.
@P(vague,nodur,nogrp)- [[vague-provision|Mason will have access to a differentiated curriculum.]]
@P(vague,nodur,nogrp)- [[vague-provision|Mason will take part in literacy interventions in a small group.]] %% 'interventions' is not a what and 'small group' is not a size.
@P- {who:A teaching assistant trained in "Toe by Toe"} will {w:deliver the Toe by Toe reading programme} {f:four times a week} for {d:15 minutes} {g:1:1}.
@P(vague,nodur,nogrp)- [[vague-provision|Mason will have regular numeracy support.]]
@P(vague,nodur,nogrp)- [[vague-provision|{who:Teachers} should {w:use visual resources} and check understanding where possible.]]
@P(vague,nodur,nogrp)- [[wrong-child-name|Tyler will have {w:access arrangements for exams} as appropriate.]]
2. Communication and interaction
@P(vague,nodur,nogrp)- [[vague-provision|Mason would benefit from {w:speech and language therapy} input.]]
@P(vague,nodur,nogrp)- [[vague-provision|{w:Instructions should be given in small steps}.]]
3. Social, emotional and mental health
@P(vague,nodur,nogrp)- [[vague-provision|Mason will have access to {who:the pastoral team} as needed.]]
@P(vague,nodur,nogrp)- [[wrong-pronoun|Mason will have {w:ELSA sessions} to help her understand her feelings.]]
@P(nodur,nogrp)- {who:The head of year} will {w:phone Mason's mother with an update} {f:every Friday}.
@P(vague,nodur,nogrp)- [[vague-provision|Opportunities for Mason to take part in football and other clubs.]]
4. Review
[[placeholder|The plan will be reviewed on [insert date].]]
[[past-date|Mason's progress will be reviewed by the SENCo by 31 March 2025.]]
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN MASON HAVING SPECIAL EDUCATIONAL NEEDS
@P(vague,nodur,nogrp) [[placeholder|{w:Speech and language therapy}: TBC.]] %% Placeholder; also therapy placed in G.
@P(nodur,nogrp,spec=0) Asthma: {who:Mason's GP} will {w:manage his asthma}. %% No frequency: not specific.
##I SECTION I – PLACEMENT
Fenwick Downs Academy, Wyke Road, Fenwick.
##J SECTION J – PERSONAL BUDGET
N/A
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Parental advice | Donna Fairweather | 20 January 2025
|| Educational advice | Mrs Karen Lyle, SENCo, Fenwick Downs Academy | 28 January 2025
|| Educational psychology advice | Mr Alan Royce, educational psychologist | 31 January 2025
|| Health advice | School nursing service | 5 February 2025
|| Social care advice | Ms Janine Okoro, social worker | 10 February 2025
Signed: Gary Selwood, SEND Caseworker.
"""
