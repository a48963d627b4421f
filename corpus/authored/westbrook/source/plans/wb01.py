from dsl import *

PLAN = dict(
    id='wb01', file='wb01_tomasz_nowak', child='Tomasz Nowak', age=16, status='final',
    plan_date='2026-02-16', target_grade='outstanding', tc_author='Natalie Brennan', tc_date='2026-02-10',
    rationale=("Outstanding. Every section A-K is present and separately identifiable. Section A is written in Tomasz's own "
               "words with his parents' views and a clear account of how his views were gathered. Section B describes each need "
               "(B1-B9) with strengths and current attainment. C and D are complete and each need is matched in G and H1/H2. "
               "Seven SMART outcomes, each linked to A and B, include five Preparing for Adulthood outcomes and a stated "
               "arrangement for shorter-term targets. F holds 35 items, 34 fully specified (who, how often, how long, group size, review) "
               "across all four areas; G, H1 and H2 are specified, with ICB agreement recorded; J explains the direct payment. "
               "Small lapses only: one employability item gives 'small group' with no size, and 'EHCNA' in K is not expanded."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with the letter column merged vertically, a header row merged across columns, outcome-link cells merged vertically and one split staffing/frequency row; dates in w:sdt date pickers.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan', 16)],
    details=[
        ('Name', 'Tomasz Nowak', 'Date of birth', '<<2009-10-14|14 October 2009>>'),
        ('Home address', '14 Larch Close, Westbrook WB4 7QT', 'Home languages', 'Polish and English'),
        ('Parents', 'Agnieszka Nowak (mother) and Piotr Nowak (father)', 'Unique Learner Number', '4417209358'),
        ('Plan status', 'Final', 'Date of this plan', '<<2026-02-16|16 February 2026>>'),
        ('EHC Coordinator', 'Natalie Brennan, SEND 16-25 Team', 'Annual review due by', '<<2027-02-15|15 February 2027>>'),
        ('Setting', 'Westbrook College, Foundation Digital Skills', 'Previous plan', 'Amended following the Year 11 phase transfer review of <<2025-06-18|18 June 2025>>'),
    ],
    preamble=['This plan is written to and about Tomasz, a young person aged 16. Where Tomasz speaks, we have kept his words. '
              'Abbreviations are written in full the first time they are used. Preparing for Adulthood (PfA) outcomes are marked in Section E.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and his parents',
            ['## How this section was written',
             'Tomasz wrote this section with Natalie Brennan (EHC Coordinator) at Westbrook College on 13 January 2026, using the '
             'college "All About Me" visual planner and his laptop. He chose to type his own answers; Natalie asked the questions '
             'and read back every paragraph. His parents, Agnieszka and Piotr, added their views at home in Polish and English and '
             'these were translated by the council interpreter, Marta Zielinska. Tomasz has checked the final wording and agreed it.'],
            ['## About me',
             'My name is Tomasz and I am 16. I live with my mum, my dad and my sister Zofia, who is 10 and very annoying but also funny. '
             'We speak Polish at home and English at college. I am autistic and I have DLD, which stands for Developmental Language '
             'Disorder. It means that when people talk fast or use a lot of words I lose the meaning and I need time to work it out. '
             'It does not mean I am not clever.',
             'I am really good with computers. I built my own PC last summer with my dad and I fixed my uncle\'s laptop when it would '
             'not start. I like Minecraft redstone, trains (especially the old Polish steam engines) and watching videos about how '
             'things are made. I like things to be the same every day and I like knowing what is going to happen.'],
            ['## What is important to me',
             'Having my headphones with me. Knowing my timetable the day before. Not being asked to read out loud in front of people. '
             'Eating my lunch somewhere quiet. My mum and dad not having to phone college all the time because things have gone wrong. '
             'Having one or two friends who like the same things as me.'],
            ['## What people like and admire about me',
             'My tutor Mr Sharma says I am the best in the group at finding faults on computers and that I am very honest. My mum says I '
             'am kind to Zofia and I help my grandmother with her phone. I am always on time if I know the plan.'],
            ['## What I find hard',
             'Long instructions. Noisy rooms like the canteen. When the teacher changes or the room changes and nobody tells me. '
             'Writing a lot, because my hand hurts and my writing goes messy. Talking to people I do not know, like on the phone. '
             'Sometimes I get so worried that my stomach hurts and I cannot come in. Last year in Year 11 that happened a lot and '
             'I missed nearly a third of the year. I do not want that to happen again.'],
            ['## My hopes for the future (Preparing for Adulthood)',
             '"I want to work in IT support, fixing computers for a company or a school. I want to get a Level 2 qualification and maybe '
             'an apprenticeship." (Employment)',
             '"I want to be able to go on the bus to college and into town on my own, without my mum driving me." (Independent living)',
             '"When I am older I want to live in a flat with my own computer room, maybe near my mum and dad." (Independent living)',
             '"I want to go to the gaming club and have friends to play online with that I also see in real life." (Friends, relationships and community)',
             '"I want to sleep better and not feel sick with worry in the mornings." (Good health)'],
            ['## How best to communicate with me',
             'Say my name first so I know you are talking to me. Use short sentences and show me on paper or on the screen. Wait for me '
             'to answer; do not ask again straight away. Do not use sayings like "pull your socks up" without telling me what they mean. '
             'If I put my hood up or my headphones on, I need a break, I am not being rude. Text is better than phone calls.'],
            ['## My parents\' views',
             'Agnieszka and Piotr said: "We are proud of how Tomasz has settled at college after a very hard Year 11. He is a clever boy '
             'and we want people to see that and not only the autism. We worry most about his anxiety, his sleep and how he will manage '
             'when he is an adult and we are not there. We would like him to learn to travel alone and to get real work experience. '
             'We want one person at college to talk to, and we would like to know in advance about any changes because a surprise can '
             'ruin his whole week." They also asked that letters are sent by email so that they can translate them.'],
            ['## My history',
             'Tomasz was born in Gdansk and moved to Westbrook aged 4. He was diagnosed with autism by the Westbrook Child Development '
             'Centre in 2016 and with Developmental Language Disorder in 2018. He attended Larchfield Primary School and Westbrook '
             'Academy, where he had an EHC plan from Year 6. Attendance fell to 68% in Year 11 because of anxiety, and he was referred '
             'to CAMHS (Child and Adolescent Mental Health Services) in March 2025. He achieved Entry Level 3 in English and maths. '
             'He started at Westbrook College in September 2025 and his attendance this term is 91%.'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['This section summarises Tomasz\'s needs under the four broad areas of need. Each need is numbered so that it can be '
             'traced to the outcomes in Section E and the provision in Section F. It draws on the advice listed in Section K.',
             '## Strengths and current attainment',
             'Tomasz has strong visual-spatial and practical problem-solving skills (Wechsler non-verbal index in the average range, '
             'educational psychologist, November 2025). He is reliable, punctual when prepared, and highly motivated by IT. In '
             'December 2025 he was working at Entry Level 3 in Functional Skills English (reading secure, writing working towards) and '
             'Entry Level 3 in maths, with money and time calculations as relative weaknesses. His vocational tutor reports he is '
             'working above the Level 1 standard in hardware fault-finding.'],
            ['## Communication and interaction',
             'B1. Receptive language: Tomasz has a Developmental Language Disorder. His understanding of spoken language is below the '
             '2nd centile (CELF-5, July 2025). He loses the meaning of instructions longer than about 10 words or with more than two '
             'steps and needs time to process (about 10 seconds). The speech and language therapist (SaLT), Megan Fairclough, advises: '
             '"Tomasz needs language to be chunked, backed up visually and checked, not repeated louder or faster."',
             'B2. Vocabulary: he has a limited bank of subject vocabulary and does not yet use strategies to learn new words, which '
             'affects his access to vocational theory units.',
             'B3. Social communication: Tomasz is autistic. He finds it hard to start conversations with unfamiliar people, to use the '
             'phone, to read other people\'s intentions in group work and to repair misunderstandings. He can be very literal. He is '
             'keen to make friends who share his interests.'],
            ['## Cognition and learning',
             'B4. Literacy: his reading accuracy is at about the 9-year level and his spelling at the 8-year level (educational '
             'psychologist, Dr Helen Ashworth, November 2025). He has weak phonological memory and finds multi-syllable words difficult. '
             'Written work is brief because of spelling and handwriting difficulties (see B8).',
             'B5. Numeracy: he has secure place value but is not fluent with number facts, which slows money and time calculations. '
             'Working memory is a relative weakness (below the 10th centile).',
             'B6. Independence in learning: Tomasz finds it hard to organise multi-step tasks and to judge how long a task will take; '
             'he needs tasks broken into numbered steps.'],
            ['## Social, emotional and mental health',
             'B7. Anxiety: Tomasz experiences high anxiety, especially about change, unfamiliar people, noisy places and being asked to '
             'speak in front of others. When anxious he becomes silent, puts his hood up and may leave the room or not attend. CAMHS '
             'diagnosed generalised anxiety in May 2025. Dr Samir Haddad (clinical psychologist) advises: "Predictability and a trusted '
             'adult are the two biggest protective factors for Tomasz."'],
            ['## Sensory and/or physical',
             'B8. Motor coordination: Tomasz has Developmental Coordination Disorder (DCD, diagnosed 2019). His handwriting is slow '
             '(about 9 words per minute) and tiring; his keyboarding is faster but uses two fingers. The occupational therapist (OT), '
             'Laura Quinn, advises touch-typing and a laptop for all extended writing.',
             'B9. Sensory processing: he is over-responsive to noise and to crowded spaces (Adolescent/Adult Sensory Profile, OT, '
             'October 2025). Canteens, busy corridors and sudden noises (fire alarms, bells) cause distress.',
             '## Preparing for Adulthood needs',
             'Tomasz has not yet travelled independently by bus, has no work experience, needs prompting to manage money and has few '
             'friendships outside the family. These needs are shown across B1-B9 and are addressed by the PfA outcomes E1, E2, E6 and E7.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to his SEN',
            ['C1. Anxiety (generalised anxiety disorder), diagnosed by CAMHS in May 2025, affects Tomasz\'s attendance, sleep and '
             'communication (see B7). He is on the CAMHS waiting list for cognitive behavioural therapy, which has been agreed.',
             'C2. Sleep: Tomasz has difficulty getting to sleep (often after 1am). He is prescribed melatonin by the community '
             'paediatrician, Dr Rebecca Iles, reviewed six-monthly. Poor sleep increases his anxiety and lateness.',
             'C3. Transition to adult health services: Tomasz will move from paediatric to adult services at 18 and needs a planned '
             'transition so that his sleep and mental health care continues.',
             'Tomasz has no other diagnosed health conditions. His hearing and vision were tested in 2024 and are within normal limits.'],
            ),
        sec('D', 'Section D: The young person\'s social care needs which relate to his SEN or disability',
            ['D1. Tomasz was assessed by the Disabled Children\'s Team (social worker Kerry Adebayo) in October 2025. Because of his '
             'autism and anxiety he cannot yet access community leisure activities without an adult, and he is socially isolated '
             'outside college. He is eligible for short breaks.',
             'D2. His parents both work (Piotr works shifts) and have a high level of caring responsibility, particularly in the '
             'mornings and at weekends. A parent carer needs assessment was completed in December 2025.',
             'D3. Tomasz will need a transition assessment under the Care Act 2014 before he turns 18 to decide what support he may be '
             'eligible for from Adult Social Care.'],
            ),
        sec('E', 'Section E: Outcomes',
            N('Outcomes below are for the end of Tomasz\'s two-year study programme (July 2027) unless stated. Each is linked to his '
              'aspirations in Section A and his needs in Section B. Shorter-term targets towards each outcome are set in his college '
              'Individual Learning Plan (ILP) each term and reviewed with Tomasz, his parents and his personal tutor at the termly '
              'ILP review; progress is reported to the annual review.'),
            O('E1 Employment (PfA). [[t:By <<2027-07-31|31 July 2027>>]], [[s:I]] [[b:will complete a work placement in an IT or digital '
              'help-desk setting, arriving on time and carrying out set tasks such as resetting passwords and setting up devices]] '
              '[[c:on at least 9 of 10 placement days with no more than one prompt a day from my job coach]]. Links: A (IT support), B3, B6, B7.'),
            O('E2 Independent living, travel (PfA). [[t:By <<2026-12-18|18 December 2026>>]], [[s:I]] [[b:will travel by bus between home '
              'and college and back]] [[c:independently on 5 consecutive days, signed off by the travel trainer]]. Links: A (bus on my own), B6, B7, B9.'),
            O('E3 Communication. [[t:By <<2027-07-31|31 July 2027>>]], [[s:Tomasz]] [[b:will ask for clarification when he has not understood an '
              'instruction, using one of his three taught phrases]] [[c:in 4 out of 5 observed sessions, as recorded by the SaLT]]. Links: B1, B2, B3.'),
            O('E4 English and maths. [[t:By <<2027-07-31|31 July 2027>>]], [[s:Tomasz]] [[b:will pass Functional Skills English and maths]] '
              '[[c:at Level 1]]. Links: A (Level 2 qualification), B4, B5, B8.'),
            O('E5 Good health (PfA). [[t:By <<2027-02-15|15 February 2027>>]], [[s:I]] [[b:will use two calming strategies from my CBT plan when '
              'I feel worried, and come into college]] [[c:so that my attendance is at least 92% across the autumn 2026 term]]. Links: A (sleep and worry), B7, C1.'),
            O('E6 Friends, relationships and community (PfA). [[t:By <<2027-07-31|31 July 2027>>]], [[s:I]] [[b:will go to a community gaming '
              'or youth club of my choice]] [[c:at least twice a month for a term, getting there with my personal assistant and then '
              'staying for the session without a parent]]. Links: A (gaming club), B3, B7, D1.'),
            O('E7 Independent living, money (PfA). [[t:By <<2027-07-31|31 July 2027>>]], [[s:I]] [[b:will plan and buy my lunch and a weekly '
              'bus ticket within a budget of £25]] [[c:independently for 4 consecutive weeks, checked by my independent living tutor]]. '
              'Links: A (own flat), B5, B6.'),
            ),
        fsec('Section F: Special educational provision',
             ['Westbrook College will provide the following provision for the academic years 2025/26 and 2026/27 (36 weeks a year). '
              'The Additional Learning Support (ALS) Manager, Joanne Pike, is Tomasz\'s named key worker and is responsible for '
              'co-ordinating and monitoring it. Speech and language therapy and occupational therapy are special educational provision '
              'and are listed here. "LSA" means learning support assistant.'],
             FH('Whole study programme'),
             FR('E1, E4', 'Full-time study programme: [[w:Foundation Digital Skills (Entry 3 to Level 1) with Functional Skills English and maths, '
                'tutorial and work experience]], over 4 days a week', 'Qualified FE lecturers led by course tutor Dev Sharma',
                '4 days a week', '16.5 hours per week', 'Class of no more than 12'),
             FR(None, '[[w:Named key worker co-ordinating all provision in this section and single point of contact for parents, with a '
                'written weekly update to parents by email]]; [[r:reviews provision at each termly ILP review]]', 'ALS Manager (Joanne Pike)',
                'Weekly update, Fridays', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Termly ILP review meeting with Tomasz and his parents, setting shorter-term targets towards E1-E7]], '
                'with an interpreter if parents request one', 'Personal tutor and ALS Manager', 'Termly (3 times a year)', '45 minutes',
                '!Meeting', na='g'),
             FH('Communication and interaction (B1, B2, B3)'),
             FR('E3', '[[w:Direct speech and language therapy: understanding and using multi-step instructions, narrative and repair '
                'strategies (asking for clarification)]]; [[r:targets reviewed by the SaLT each half term]]',
                'HCPC-registered speech and language therapist (SaLT), Westbrook College Therapy Team', 'Fortnightly in term time',
                '45 minutes', '1:1'),
             FR(None, '[[w:SaLT-designed vocabulary programme: pre-teaching 10 key course words per unit using visual vocabulary maps, '
                'with a comprehension check]]', 'LSA trained by the SaLT', '2 x weekly', '30 minutes', '1:1'),
             FS('SaLT (modelling and monitoring the programme with the LSA)', 'Half-termly'),
             FR(None, '[[w:Social communication group using "Talkabout for Teenagers", including starting conversations and '
                'phone and text etiquette]]', 'SaLT with ALS mentor', 'Weekly', '1 hour', 'Group of no more than 5'),
             FR(None, '[[w:Training for Tomasz\'s course team on Developmental Language Disorder and autism: chunking, visual back-up, '
                'processing time]]', 'SaLT', 'Each September and within 2 weeks of any new lecturer joining', '1 hour',
                'Course team (up to 8 staff)'),
             FR(None, '[[w:Instructions given in chunks of no more than 10 words, written on the board or in his task planner, with '
                '10 seconds\' processing time before repeating; idioms explained]]', 'All lecturers and LSAs teaching Tomasz',
                'Every session', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Written notice of any change of room, timetable or staff by text message to Tomasz and email to parents]]',
                'ALS Manager', 'At least 24 hours before each planned change', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Visual timetable and task planner on the college "MyDay" app, set up with Tomasz and checked at morning check-in]]',
                'Personal tutor', 'Daily', '5 minutes', '1:1'),
             FH('Cognition and learning (B4, B5, B6)'),
             FR('E4', '[[w:Structured, cumulative multisensory reading and spelling programme (Units of Sound)]]; '
                '[[r:progress re-assessed each term with a standardised spelling test]]',
                'Specialist teacher holding a Level 5 SpLD (specific learning difficulties) qualification', '2 x weekly', '30 minutes', '1:1'),
             FR(None, '[[w:Precision teaching of number facts, money and time]], using a 1-minute probe recorded on a chart',
                'LSA trained in precision teaching by the specialist teacher', 'Daily (4 days a week)', '10 minutes', '1:1'),
             FR(None, '[[w:Functional Skills English, Entry 3 to Level 1]]', 'Qualified English lecturer', '2 x weekly', '90 minutes',
                'Class of no more than 10'),
             FR(None, '[[w:Functional Skills maths, Entry 3 to Level 1]]', 'Qualified maths lecturer', '2 x weekly', '90 minutes',
                'Class of no more than 10'),
             FR(None, '[[w:Access arrangements for all Functional Skills and vocational exams: 25% extra time, a reader, use of a '
                'laptop and a separate room]]; [[r:eligibility assessed by the specialist assessor before each exam series]]',
                'Exams officer, assessed by the college specialist assessor', 'All exams and timed assessments', '!N/A',
                'Room of no more than 6 candidates', na='d'),
             FR('E1, E4', '[[w:In-class support in vocational Digital Skills sessions: checking understanding after each instruction, '
                'breaking tasks into numbered steps and prompting use of his planner]]', 'LSA (the same named LSA each week)',
                '3 days a week', '9 hours per week', '1 LSA to 3 students'),
             FR(None, '[[w:Laptop with Read&Write text-to-speech and speech-to-text software]] for all lessons and assessments',
                'Provided by the ALS assistive technology co-ordinator', 'Every session', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Training for Tomasz in Read&Write and speech-to-text]]', 'ALS assistive technology co-ordinator',
                '3 sessions in the first half term of 2026', '45 minutes', '1:1'),
             FR(None, '[[w:1:1 tutorial to review ILP targets and organise coursework deadlines on a visual planner]]',
                'Personal tutor', 'Fortnightly', '20 minutes', '1:1'),
             FH('Social, emotional and mental health (B7)'),
             FR('E5, E6', '[[w:Morning check-in at the Learning Zone: 0-10 worry scale, day plan, any changes]]',
                'ALS mentor (Level 3 autism trained)', 'Daily on arrival, 9.00am', '5 minutes', '1:1'),
             FR(None, '[[w:Mentoring using the anxiety ladder and coping plan agreed with CAMHS]]; '
                '[[r:plan reviewed with the CAMHS clinician each term]]', 'ALS mentor', 'Weekly', '30 minutes', '1:1'),
             FR(None, '[[w:Quiet room (Learning Zone) available throughout the college day, with a time-out card Tomasz can show without speaking]]',
                'ALS Manager ensures every lecturer knows about the card', 'At all times', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Structured lunchtime Games Club in the Learning Zone as an alternative to the canteen]]', 'LSA',
                'Daily (4 days a week)', '45 minutes', 'Up to 8 students'),
             FR(None, '[[w:Transition programme for moving to Level 1 in September 2026: visits to the new classroom, meeting the new '
                'tutor and a photo booklet]]', 'ALS Manager', '3 visits, June-July 2026', '1 hour each', '1:1'),
             FR(None, '[[w:Reduced-demand plan if attendance falls below 85% in any half term: a meeting with Tomasz, parents and the CAMHS '
                'clinician within 5 college days to agree a graded return]]', 'ALS Manager', 'Within 5 college days of the trigger',
                '!N/A', '!N/A', na='dg'),
             FH('Sensory and/or physical (B8, B9)'),
             FR('E4, E5', '[[w:Sensory strategies from the OT report: noise-reducing ear defenders, seat at the edge of the room away from '
                'the door, leaving lessons 2 minutes early to avoid crowded corridors, advance warning of fire drills]]',
                'Lecturers, set up by the ALS Manager', 'Every session', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:OT-designed touch-typing and fine-motor programme (Nessy Fingers)]]', 'LSA trained by the OT', '3 x weekly',
                '15 minutes', '1:1'),
             FR(None, '[[w:OT review of the sensory and motor programme, with written advice to staff]]',
                'HCPC-registered occupational therapist (OT), Westbrook College Therapy Team', 'Termly', '1 hour', '1:1'),
             FH('Preparing for Adulthood: employment, independent living and community (B3, B5, B6, B7)'),
             FR('E1', '[[w:Supported work placement at the Westbrook Library digital help desk]], with the job coach present for the whole '
                'day for the first 4 weeks and for the first hour of each day after that', 'Job coach (College Employability Team)',
                '1 day a week, spring and summer terms 2027', '5 hours', '1:1'),
             FR(None, '[[w:Employability sessions: CV, mock interviews with video feedback, workplace communication]]', 'Employability tutor',
                'Weekly', '1 hour', '!Small group', note='"Small group" with no size: group size missing (small lapse).'),
             FR(None, '[[w:Careers guidance interview and written action plan]], including apprenticeship options in IT',
                'Level 6 qualified careers adviser', 'Termly', '45 minutes', '1:1'),
             FR('E2', '[[w:Independent travel training on the home-college route (bus 42)]]: shadowing, following, then solo with remote '
                'check; [[r:signed off after 5 consecutive independent journeys]]',
                'Travel trainer, Westbrook Independent Travel Training Team', '2 x weekly from March 2026 until signed off',
                '1 hour per journey', '1:1'),
             FR('E7', '[[w:Independent living skills: budgeting, shopping, using a bank card and a bus app]], including one '
                'community shopping trip each week', 'Independent living tutor', 'Weekly', '2 hours', 'Group of up to 6'),
             FR('E6', '[[w:Supported access to the college Tech Society, with the mentor attending the first 3 sessions]]',
                'ALS mentor', 'Weekly (Wednesdays, 12.30-1.30pm)', '1 hour', 'Society group of up to 15 students'),
             FR('E1-E7', '[[w:Person-centred annual review, with an interim review in July 2026 to plan the Level 1 year]]',
                'ALS Manager with the EHC Coordinator', 'Annually (by 15 February 2027) and interim July 2026', '!N/A', '!N/A', na='dg'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('The following provision has been agreed by Westbrook and Downs Integrated Care Board (ICB) Designated Clinical Officer, '
              'Sarah Okoro, on 9 February 2026.'),
            V('G1 (C1, E5). What: [[w:Cognitive behavioural therapy (CBT) for anxiety]]. Who: [[who:CAMHS clinical psychologist, Dr Samir Haddad]]. '
              'How often: [[f:fortnightly, 12 sessions starting by March 2026]], [[d:50 minutes]] each, [[g:1:1]], at the Westbrook CAMHS base '
              'or by video. Review: [[r:at session 6 and session 12, with a written summary shared with the ALS Manager]].'),
            V('G2 (C1). What: [[w:Liaison between CAMHS and college to agree the anxiety ladder and coping plan used in mentoring (F)]]. '
              'Who: [[who:CAMHS clinical psychologist]]. How often: [[f:once each term]], [[d:30-minute]] telephone or video meeting with the ALS mentor.',
              na='g'),
            V('G3 (C2). What: [[w:Melatonin 2mg modified-release]], taken at home at 9pm. Who: [[who:prescribed by the GP, Dr Anil Mehta, '
              'under shared care with the community paediatrician]]. How often: [[f:nightly]].', na='dg'),
            V('G4 (C2). What: [[w:Review of sleep and medication]]. Who: [[who:Community paediatrician, Dr Rebecca Iles, Westbrook Children\'s Centre]]. '
              'How often: [[f:every 6 months (next review May 2026)]].', na='dg'),
            V('G5 (C3). What: [[w:Transition to adult health services using the "Ready Steady Go" programme, with transfer of sleep care to the '
              'GP and, if still needed, referral to adult mental health services]]. Who: [[who:Paediatric transition nurse, Westbrook Children\'s Centre]]. '
              'How often: [[f:annual transition review from age 16, with transfer planned by October 2027]].', na='dg'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('Tomasz is under 18, so this section applies. The following provision is made by the Disabled Children\'s Team following '
              'the assessment of October 2025.'),
            V('H1.1 (D1, E6). What: [[w:Short break at the Westbrook Youth Inclusion Club (Saturday club: games, cooking, trips)]]. '
              'Who: [[who:Westbrook Youth Inclusion Service]]. How often: [[f:every Saturday in term time]], [[d:4 hours]], staffed at [[g:1:3]].'),
            V('H1.2 (D1, E6). What: [[w:Personal assistant (PA) to support Tomasz to get to and take part in a community gaming club and '
              'other leisure activities of his choice]]. Who: [[who:PA employed by the family through a direct payment (see Section J)]]. '
              'How often: [[f:weekly]], [[d:4 hours]], [[g:1:1]].'),
            V('H1.3 (D1, D2). What: [[w:Review of the short breaks package]]. Who: [[who:Social worker, Disabled Children\'s Team (Kerry Adebayo)]]. '
              'How often: [[f:every 6 months, next by August 2026]].', na='dg'),
            ),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            V('H2.1 (D3). What: [[w:Transition assessment under the Care Act 2014]], including whether Tomasz will be eligible for adult care '
              'and support and a personal budget at 18. Who: [[who:Preparing for Adulthood social worker, Adult Social Care]]. '
              'When: [[f:to start by <<2027-04-14|14 April 2027>> (age 17½)]], with the outcome shared at the annual review.', na='dg'),
            V('H2.2 (D2). What: [[w:Parent carer support plan following the parent carer needs assessment: a place on the Westbrook '
              'Parent Carer Forum "Understanding Autism" course and a carers\' break grant of £300 a year]]. '
              'Who: [[who:Westbrook Carers Hub]]. How often: [[f:course of 6 weekly sessions, spring 2026]], [[d:2 hours]] each; grant paid annually.',
              na='g'),
            ),
        sec('I', 'Section I: Placement',
            ['Westbrook College, Foxhall Road, Westbrook WB2 3PL. Type: general further education college (post-16 institution). '
             'Programme: Foundation Digital Skills (Entry 3 to Level 1), 4 days a week, 36 weeks a year, academic years 2025/26 and 2026/27.']),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['Tomasz\'s parents asked for a personal budget at the draft plan stage. The agreed personal budget is:',
             'Social care (H1.2): a direct payment of £3,640 a year (4 hours a week x 52 weeks at £17.50 an hour) to employ a personal '
             'assistant for community access, paid monthly to Agnieszka Nowak. Direct payment support and payroll are provided by '
             'Westbrook Direct Payments Support Service. This supports outcome E6.',
             'Education: no education personal budget was requested. The college has confirmed that the F provision is delivered '
             'within its high-needs funding (Westbrook top-up Band 4, £8,900 a year).',
             'Health: no personal health budget applies at present.',
             'When Tomasz reaches 18, the direct payment will be reviewed as part of the Care Act assessment (H2.1) and may move to '
             'Tomasz himself, with support to manage it.']),
        sec('K', 'Section K: Advice and information',
            ['The following advice and information were gathered for the EHCNA review and this amended plan:',
             '1. Tomasz Nowak: own views, 13 January 2026 (Section A).',
             '2. Agnieszka and Piotr Nowak: parents\' views, 13 January 2026.',
             '3. Educational psychologist advice: Dr Helen Ashworth, Westbrook Educational Psychology Service, 24 November 2025.',
             '4. Speech and language therapy advice: Megan Fairclough, Westbrook College Therapy Team, 2 December 2025.',
             '5. Occupational therapy advice: Laura Quinn, Westbrook College Therapy Team, 28 October 2025.',
             '6. Health advice: Dr Rebecca Iles, community paediatrician, 10 December 2025; Dr Samir Haddad, CAMHS, 15 December 2025.',
             '7. Social care advice: Kerry Adebayo, Disabled Children\'s Team, 30 October 2025; parent carer needs assessment, 8 December 2025.',
             '8. College advice: Joanne Pike, ALS Manager, and Dev Sharma, course tutor, Westbrook College, 9 January 2026.',
             '9. Careers guidance: Westbrook Careers Hub, 19 January 2026.']),
    ],
    signoff=[('Signed on behalf of Westbrook Borough Council', 'Natalie Brennan, EHC Coordinator, SEND 16-25 Team'),
             ('Date issued', '<<2026-02-16|16 February 2026>>')],
    faults=[
        dict(kind='vague-provision', section='F', sentence='Employability sessions: CV, mock interviews with video feedback, workplace communication | Employability tutor | Weekly | 1 hour | Small group'),
        dict(kind='unexplained-acronym', section='K', sentence='The following advice and information were gathered for the EHCNA review and this amended plan:'),
    ],
)
