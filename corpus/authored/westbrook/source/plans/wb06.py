from dsl import *

PLAN = dict(
    id='wb06', file='wb06_evie_lawson', child='Evie Lawson', age=15, status='final',
    plan_date='2025-12-01', target_grade='good', tc_author='Natalie Brennan', tc_date='2025-11-25',
    rationale=("Good. All sections present and identifiable; D, H1 and H2 are explicitly nil with the reason (Early Help closed, "
               "social care advice obtained). Evie's voice is clear in A. B describes literacy, anxiety and hypermobility needs with "
               "strengths; each has quantified provision in F, and physiotherapy that trains is correctly in F while rheumatology "
               "and CAMHS are in G. Outcomes are linked to A and B and include PfA (employment/education, health). Lapses: outcome E3 "
               "uses 'feel more confident' with no criterion; one F item allows 'up to 3' mentoring sessions; 'EBSA' is not explained."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan', 16)],
    details=[
        ('Name', 'Evie Lawson', 'Date of birth', '<<2010-06-15|15 June 2010>>'),
        ('Parents', 'Kirsty Lawson (mother); Dean Lawson (father, lives separately)', 'Year group', 'Year 11'),
        ('Plan status', 'Final', 'Date of this plan', '<<2025-12-01|1 December 2025>>'),
        ('EHC Coordinator', 'Natalie Brennan, SEND 16-25 Team', 'Annual review due by', '<<2026-11-30|30 November 2026>>'),
        ('Setting', 'Westbrook College 14-16 Centre', 'Previous setting', 'Mereside Academy (to July 2025)'),
    ],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and her parents',
            ['## About me',
             'Hi, I\'m Evie and I\'m 15. I\'m dyslexic and I have hypermobility, which means my joints bend too far and they hurt, '
             'especially my wrists and knees. I get really tired. I also get anxious, and last year I stopped going to Mereside because '
             'every morning I felt sick. Now I go to the 14-16 Centre at Westbrook College, which is smaller and the teachers treat you '
             'more like an adult.',
             'I love animals. We have two rabbits and a dog called Biscuit, and I help at my auntie\'s dog grooming salon on Saturdays. '
             'I like drawing on my tablet and watching true crime documentaries.'],
            ['## A good day and a bad day',
             'A good day is when I sleep OK, my knees don\'t hurt, Mum drops me off and Lucy is at the gate. We have maths first, which '
             'I\'m actually alright at, and then art. I go to the dog grooming video club at lunch. A bad day is when I wake up at 4am '
             'with my wrists aching, and then I start thinking about reading out in English, and then I feel sick, and then I can\'t get '
             'in the car. On bad days it helps if Mum texts Lucy and Lucy texts me a photo of the timetable so I know there is no reading.'],
            ['## What helps me',
             'Having the work on coloured paper and bigger writing. Being allowed to type. Not being picked to read out. Knowing I can '
             'go to Lucy (my mentor) if it gets too much. Being able to sit on a proper chair with my feet flat. Not carrying heavy bags.'],
            ['## What I want people at college to know',
             'If I look fine, it doesn\'t mean I\'m not in pain. If I ask to stand up in the lesson it\'s because my hips are '
             'aching, not because I\'m messing about. I\'m not lazy. I work harder than most people to read one page. I don\'t want '
             'to be treated like I\'m fragile either: I want to do the same courses as everyone else, just with the right help. And '
             'please don\'t tell the whole class about my dyslexia. Ask me first.'],
            ['## My future',
             '"I want to do Animal Care at college after Year 11 and then maybe be a veterinary nurse or have my own grooming business." '
             '"I want to pass English and maths." "I want to be able to go a whole week without feeling sick in the morning."'],
            ['## My mum\'s views',
             'Kirsty said: "Evie was out of school for nearly two terms and it broke my heart. The 14-16 Centre has given her back her '
             'confidence. I want her to get her GCSEs and move into Animal Care without going backwards. Her pain is real and people '
             'at her old school didn\'t believe it." Evie\'s father, Dean, was sent the draft and agreed with Kirsty\'s views by email.'],
            ['## How views were gathered',
             'Evie completed her views with her mentor, Lucy Adams, over two sessions in November 2025, using a "one-page profile" '
             'template, and checked them with Natalie Brennan on 20 November 2025.'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Strengths and attainment',
             'Evie is articulate, creative and kind. Her spoken vocabulary and reasoning are in the above average range (educational '
             'psychologist, Dr Helen Ashworth, June 2025). She is on track for grade 5 in GCSE Biology and grade 4 in English Language and '
             'maths. Her Saturday work shows responsibility and a real talent with animals.'],
            ['## Cognition and learning',
             'B1. Evie has dyslexia (specific learning difficulty). Her reading accuracy is at the 11-year level and her spelling at the '
             '10-year level; her reading speed is slow (standard score 78) and she has weak phonological processing and working memory. '
             'She finds copying from the board, reading exam papers and extended writing very hard, and she tires quickly.',
             'B2. Evie is eligible for exam access arrangements (25% extra time, reader, word processor), assessed in October 2025.'],
            ['## Social, emotional and mental health',
             'B3. Evie experienced EBSA in Year 10, with attendance of 38% between January and '
             'July 2025. Her anxiety shows as nausea, tearfulness and avoidance in the mornings, and is linked to fear of reading aloud, '
             'pain and fatigue. Her attendance at the 14-16 Centre this term is 87%.'],
            ['## Sensory and/or physical',
             'B4. Evie has hypermobility spectrum disorder with chronic pain in her wrists, knees and ankles and fatigue. Handwriting for '
             'more than 5 minutes causes pain. She needs a supportive chair, to change position every 30 minutes, and to avoid carrying '
             'heavy loads. The physiotherapist, Tom Radley, advises a daily joint-stability programme and pacing.'],
            ['## What the professionals say',
             'Dr Helen Ashworth (educational psychologist) writes: "Evie\'s verbal ability is a real strength, and the gap between what '
             'she can say and what she can read and write is a major source of frustration and anxiety. Her avoidance in Year 10 is best '
             'understood as a response to repeated experiences of failure and pain, not as a lack of motivation."',
             'The specialist teacher\'s assessment (October 2025) found that Evie reads 92 words per minute on age-appropriate text, against '
             'an expected rate of around 150, and that her comprehension is good when text is read to her. Her spelling errors are mostly '
             'phonologically plausible (for example "nessesary", "becuase").',
             'Tom Radley (physiotherapist) writes: "Evie\'s pain is linked to joint instability and deconditioning after a long period '
             'of inactivity. A graded daily programme and good seating will reduce pain over time; avoiding all activity will make it worse."',
             'The 14-16 Centre reports that Evie has settled well, has made a close friend, and contributes thoughtfully in small-group '
             'discussions. She still avoids any task that involves reading aloud and has left two lessons this term when asked to read.'],
            ['## History',
             'Evie was identified as having literacy difficulties in Year 3 at Hollybank Primary School and received SEN support. She was '
             'diagnosed with hypermobility spectrum disorder in 2023. Her attendance at Mereside Academy fell in Year 9 and she stopped '
             'attending in January 2025. An EHC needs assessment was agreed in March 2025 and her first EHC plan was issued in August 2025, '
             'naming the 14-16 Centre. This plan follows an early review after her first term.'],
            ['## Communication and interaction',
             'B5. Evie has no specific communication needs. She can find it hard to speak up in a new group when anxious.'],
            ['## Preparing for Adulthood',
             'B6. Evie needs support to plan her move to post-16 Animal Care, including a taster and careers guidance, and to learn to '
             'manage her own pain and energy (pacing) as she becomes more independent.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to her SEN',
            ['C1. Hypermobility spectrum disorder with chronic pain and fatigue, under the paediatric rheumatology team at Westbrook '
             'General Hospital. Pain relief (paracetamol) is taken at home.',
             'C2. Anxiety, under Westbrook CAMHS (Child and Adolescent Mental Health Services), who have offered a course of therapy.',
             'The rheumatology team (Dr Marcus Lim, consultant, letter of 2 September 2025) advises that Evie\'s pain is likely to continue '
             'through adolescence, that she should stay as active as possible with pacing, and that she should not be excluded from '
             'practical work or PE but given adapted tasks. Evie does not need medication at college. CAMHS (Jenna Walsh, mental health '
             'practitioner) advises that Evie\'s anxiety is moderate and that the most helpful things are predictability, a graded '
             'approach to feared situations and a trusted adult in college.']),
        sec('D', 'Section D: The young person\'s social care needs which relate to her SEN or disability',
            ['Evie has no social care needs relating to her SEN or disability. The family had Early Help support (family support worker) '
             'from February to September 2025 while Evie was out of school; this has now closed by agreement. Social care advice '
             '(Early Help closure summary, September 2025) confirms no further needs.'], status='nil'),
        sec('E', 'Section E: Outcomes',
            N('Outcomes are for the end of Year 11 (July 2026) and for the first year of post-16 study (July 2027). Shorter-term targets '
              'are set in her 14-16 Centre learning plan each half term.'),
            O('E1 Education and employment (PfA). [[t:By <<2026-08-27|27 August 2026>>]], [[s:Evie]] [[b:will achieve GCSE English Language '
              'and maths]] [[c:at grade 4 or above]], using her exam access arrangements, to move onto Level 2 Animal Care. Links: A, B1, B2.'),
            O('E2 Literacy. [[t:By <<2026-07-17|17 July 2026>>]], [[s:Evie]] [[b:will use voice-to-text and a word processor to plan and write '
              'an extended answer]] [[c:of 400 words in 45 minutes, in 3 mock-exam questions]]. Links: B1, B4.'),
            O('E3 Emotional wellbeing. [[s:Evie]] [[b:will feel more confident]] about attending college [[t:by July 2026]].', spec=False,
              note='No criterion; "feel more confident" is not a measurable behaviour.'),
            O('E4 Good health (PfA). [[t:By <<2026-05-22|22 May 2026>>]], [[s:Evie]] [[b:will carry out her physiotherapy programme and use a '
              'pacing plan]] [[c:independently on at least 4 days a week, recorded in her pain and activity diary]]. Links: B4, C1.'),
            O('E5 Education and employment (PfA). [[t:By <<2026-03-31|31 March 2026>>]], [[s:Evie]] [[b:will complete a taster day in Animal Care '
              'and apply for a Level 2 course]], [[c:with her application submitted by the college deadline]]. Links: A, B6.'),
            ),
        fsec('Section F: Special educational provision',
             ['Westbrook College 14-16 Centre will provide the following until the end of Year 11 (July 2026). The 14-16 Centre SENCo, '
              'Mrs Angela Brook, co-ordinates the provision.'],
             FH('Cognition and learning (B1, B2)'),
             FR('E1, E2', '[[w:GCSE programme (English, maths, combined science, art) in the 14-16 Centre]]', 'Qualified teachers',
                '5 days a week', '25 hours per week', 'Class of no more than 12'),
             FR(None, '[[w:Specialist literacy programme (Toe by Toe and spelling strategies)]]; [[r:reviewed each half term using a standardised reading test]]',
                'Specialist teacher (SpLD, Level 7)', '2 x weekly', '30 minutes', '1:1'),
             FR(None, '[[w:Dyslexia-friendly teaching: handouts on cream paper in 14pt Arial, no copying from the board, slides shared '
                'before lessons, no reading aloud unless Evie offers]]', 'All teachers', 'Every lesson', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Laptop with voice-to-text and text-to-speech software]], with [[w:training]]', 'ICT technician; training from the SpLD teacher',
                'Equipment every lesson; training 2 sessions in December 2025', '45 minutes (training)', '1:1'),
             FR(None, '[[w:Exam access arrangements: 25% extra time, reader, word processor, separate room]] for mocks and GCSEs',
                'Exams officer', 'All exams and mocks', '!N/A', 'Room of up to 8', na='d'),
             FR(None, '[[w:Extended-writing practice using planning frames and voice-to-text]]', 'Teaching assistant (TA)', 'Weekly',
                '45 minutes', 'Group of 3'),
             FH('Social, emotional and mental health (B3, B5)'),
             FR('E3, E1', '[[w:Mentoring: anxiety management plan, morning routine and attendance goals]]', 'Learning mentor (Lucy Adams)',
                '!Up to 3 times a week', '30 minutes', '1:1', note='"Up to 3 times a week" is not a frequency: small lapse.'),
             FS('Learning mentor (morning check-in at the gate)', 'Daily, 8.45am'),
             FR(None, '[[w:Agreed "time out" pass to the mentor room]]', 'Learning mentor', 'At all times', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Graded plan for anxiety-provoking tasks (speaking in groups, presentations) agreed with CAMHS]]', 'Learning mentor',
                'Weekly', '20 minutes', '1:1'),
             FR(None, '[[w:Small-group tutor time with a structured activity (board games, art) at lunchtime as a safe space]]',
                'Learning mentor', 'Daily', '30 minutes', 'Group of up to 6'),
             FH('Sensory and/or physical (B4)'),
             FR('E4', '[[w:Physiotherapy joint-stability and pacing programme]]', 'HCPC-registered physiotherapist, Westbrook Children\'s '
                'Therapy Service (sets and reviews)', 'Half-termly review', '45 minutes', '1:1'),
             FR(None, '[[w:Daily practice of the physiotherapy programme]]', 'Teaching assistant trained by the physiotherapist', 'Daily',
                '15 minutes', '1:1'),
             FR(None, '[[w:Ergonomic chair with footrest in each classroom, writing slope, a locker so she does not carry books, a movement '
                'break every 30 minutes]]', 'SENCo arranges; teachers allow', 'Every lesson', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Adapted PE programme (swimming, pilates-based exercises) instead of contact sports]]', 'PE teacher, using the '
                'physiotherapist\'s guidance', 'Weekly', '1 hour', 'Class of up to 12'),
             FH('Preparing for Adulthood (B6)'),
             FR('E5', '[[w:Careers guidance interview and post-16 action plan]]', 'Level 6 qualified careers adviser', 'Termly', '45 minutes', '1:1'),
             FR(None, '[[w:Animal Care taster and transition visits to the Westbrook College land-based campus]]', 'SENCo with the Animal Care '
                'course leader', '2 taster days (spring term 2026) and 2 transition visits (June 2026)', '1 day (tasters); 2 hours (visits)', '1:1'),
             FR('E1-E5', '[[w:Annual review with a Year 11 phase transfer review]]', 'SENCo and EHC Coordinator', 'By 15 February 2026 (phase transfer)',
                '!N/A', '!N/A', na='dg'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('Agreed by Westbrook and Downs ICB Designated Clinical Officer on 24 November 2025.'),
            V('G1 (C1). [[w:Review of hypermobility, pain and fatigue management]] by [[who:the paediatric rheumatology team, Westbrook General '
              'Hospital]], [[f:every 6 months]].', na='dg'),
            V('G2 (C1). [[w:Pain management programme for young people]] by [[who:the paediatric pain team psychologist]], [[f:4 fortnightly '
              'sessions from January 2026]], [[d:1 hour]], [[g:group of up to 6 young people]].'),
            V('G3 (C2). [[w:Cognitive behavioural therapy for anxiety]] by [[who:Westbrook CAMHS]], [[f:8 weekly sessions from February 2026]], '
              '[[d:50 minutes]], [[g:1:1]]; [[r:CAMHS to share the plan with the learning mentor]].'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('None. Evie has no assessed social care needs (see Section D).'), status='nil'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('None. Evie has no assessed social care needs (see Section D).'), status='nil'),
        sec('I', 'Section I: Placement', ['Westbrook College 14-16 Centre, Foxhall Road, Westbrook WB2 3PL. Type: 14-16 full-time provision at a '
                                          'general further education college (Year 11, to July 2026).']),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['No personal budget has been requested. Kirsty Lawson was given the Westbrook personal budgets leaflet at the planning '
             'meeting on 20 November 2025.']),
        sec('K', 'Section K: Advice and information',
            ['1. Evie Lawson, views, November 2025.', '2. Kirsty and Dean Lawson, parents\' views, November 2025.',
             '3. Educational psychologist: Dr Helen Ashworth, 18 June 2025.', '4. Westbrook College 14-16 Centre report, Angela Brook, SENCo, 7 November 2025.',
             '5. Physiotherapy: Tom Radley, Westbrook Children\'s Therapy Service, 14 October 2025.',
             '6. Health: paediatric rheumatology clinic letter, 2 September 2025; CAMHS assessment letter, 30 October 2025.',
             '7. Social care: Early Help closure summary, 19 September 2025.', '8. Specialist teacher (SpLD) assessment, 3 October 2025.',
             'All advice was received within the statutory timescale and has been shared with Evie and her parents. Evie asked for the '
             'advice to be summarised rather than copied in full, which is why Section B quotes only short passages.']),
    ],
    signoff=[('Signed on behalf of Westbrook Borough Council', 'Natalie Brennan, EHC Coordinator'), ('Date issued', '<<2025-12-01|1 December 2025>>')],
    faults=[
        dict(kind='outcome-not-smart', section='E', sentence='E3 Emotional wellbeing. Evie will feel more confident about attending college by July 2026.'),
        dict(kind='vague-provision', section='F', sentence='Mentoring: anxiety management plan, morning routine and attendance goals | Learning mentor (Lucy Adams) | Up to 3 times a week | 30 minutes | 1:1'),
        dict(kind='unexplained-acronym', section='B', sentence='B3. Evie experienced EBSA in Year 10, with attendance of 38% between January and July 2025.'),
    ],
)
