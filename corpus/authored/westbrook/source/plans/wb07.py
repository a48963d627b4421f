from dsl import *

PLAN = dict(
    id='wb07', file='wb07_reece_whitfield', child='Reece Whitfield', age=17, status='draft',
    plan_date='2026-01-19', target_grade='requires_improvement', tc_author='Sunita Rai', tc_date='2026-01-15',
    rationale=("Requires improvement (draft). All sections are present and I is correctly blank, and Reece's voice is recorded in A. "
               "But a material share of F lacks who/how often/how long ('as required', 'to be arranged', 'small group', "
               "'would benefit from'); two of five outcomes are not time-bound or measurable ('improve his behaviour', 'develop "
               "his literacy'); D describes a Youth Justice Service referral order and a youth worker while H2 says none, and "
               "H1 is left blank for a 17-year-old; K has no health advice although C relies on CAMHS; 'YJS' and 'ALS' are not "
               "explained. None of these is a missing section or a copied plan, so the plan is RI rather than inadequate."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers; a few unaccepted tracked changes by the caseworker.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan: DRAFT', 16)],
    details=[
        ('Name', 'Reece Whitfield', 'Date of birth', '<<2008-08-30|30 August 2008>>'),
        ('Lives with', 'Tanya Whitfield (mother), stepfather Gary Shaw, half-brothers Mason (9) and Leo (6)', 'Year', 'Post-16, first year'),
        ('Plan status', 'Draft', 'Date of this draft', '<<2026-01-19|19 January 2026>>'),
        ('EHC Coordinator', 'Sunita Rai, SEND 16-25 Team', 'Responses by', '<<2026-02-03|3 February 2026>>'),
        ('Current setting', 'Westbrook College, Level 1 Motor Vehicle', 'Reason for amendment', 'Annual review, 4 December 2025'),
    ],
    preamble=['This draft has been prepared following Reece\'s annual review at Westbrook College on 4 December 2025. It replaces the '
              'plan issued on 12 March 2025. Reece and his mother have 15 days to comment on the draft and to say which college or '
              'other setting they would like named in Section I. Reece is over 16 and can make these requests himself.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and his parents',
            ['## My views',
             'I\'m Reece. I\'m 17. I\'m doing Level 1 Motor Vehicle at Westbrook College. I like cars, engines, my bike (a Honda CRF '
             'that I\'m rebuilding with my stepdad), boxing, and being out with my mates. I hate sitting still for ages and I hate being '
             'talked down to. I have ADHD. I\'m on tablets for it now and they help with concentrating but I don\'t like how they make me '
             'not hungry.',
             '"The practical side I\'m good at. I can strip a brake system faster than anyone in my group. The written stuff, the '
             'theory, is where I lose it, because I can\'t read the questions properly and then I get wound up and walk out."',
             '"I want to be a mechanic. Proper job, in a garage, maybe my own garage one day. I want my driving licence as soon as '
             'I\'m old enough and enough money to get a car."',
             '"I got in trouble last summer and now I\'ve got a referral order. I don\'t want to go down that road again. Having '
             'something to do every day helps."'],
            ['## What is important to me',
             'My bike. My mates, the good ones. Boxing, because it\'s the only time my head is quiet. Being treated with respect. '
             'My little brothers, I take them to the park on Sundays. Getting a proper job so I can pay my mum back and get my own '
             'place one day. Not ending up in trouble again.'],
            ['## What people like about me',
             'My tutor says I am funny and I work hard in the workshop. My mum says I\'m loyal and I\'m good with the little ones. '
             'My YJS worker says I\'ve kept every appointment.'],
            ['## My mum\'s views',
             'Tanya said: "Reece is a good lad who has been let down a lot. He was excluded twice at secondary and nobody got to the '
             'bottom of his reading until Year 10. College has been better but he has walked out a few times. I want him to finish his '
             'course and get an apprenticeship. I\'m worried about the people he hangs around with in the evenings."'],
            ['## What I want college to do',
             '"Give me the theory in the workshop, not in a classroom. Let me show I know it by doing it and talking, not writing an '
             'essay. If I walk out, don\'t ring my mum straight away, give me ten minutes. Don\'t shout across the room at me in front '
             'of everyone. Mr Dobson is alright because he talks to me normal."',
             '"I want help with reading that isn\'t baby stuff. I\'m not doing those books with pictures of cats."'],
            ['## My stepdad\'s views',
             'Gary Shaw said: "Reece is brilliant with engines. When we work on the bike he can concentrate for hours, so it is not '
             'that he can\'t focus, it\'s that he needs to be doing something real. He needs men around him who show him respect. I '
             'can help him get some garage experience through my mate\'s workshop if the college can sort the paperwork."'],
            ['## How these views were gathered',
             'Reece talked to Sunita Rai (EHC Coordinator) and his tutor at college on 4 December 2025; his mother attended the annual '
             'review meeting the same day.'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Strengths',
             'Reece is practical, quick to learn hands-on skills and well liked by staff in the workshop. His tutor, Mr Craig Dobson, '
             'says he is "one of the most capable in the workshop when he is settled". He is good at explaining practical tasks to others. '
             'He achieved Functional Skills maths Entry 3 in July 2025.'],
            ['## Social, emotional and mental health',
             'B1. Reece has ADHD (diagnosed by CAMHS in 2022). He has difficulty sustaining attention on written and theory tasks, is '
             'impulsive and can react angrily when he feels criticised or embarrassed. He has walked out of theory lessons eleven times '
             'this term. He has low self-esteem about learning.',
             'B2. Reece has had involvement with the YJS since August 2025 (referral order, 9 months). He is at risk of exploitation '
             'in the community.'],
            ['## Cognition and learning',
             'B3. Reece has significant literacy difficulties. His reading age is around 9 years and his spelling age 8 years '
             '(college ALS screening, September 2025). He struggles to read theory questions and to write answers. He has not yet '
             'achieved Functional Skills English at Entry 3.',
             'B4. He has difficulty organising his work and remembering equipment and deadlines.'],
            ['## Summary of the educational psychologist\'s advice',
             'Dr Owen Price (educational psychologist) met Reece at college on 14 October 2025. His report says that Reece\'s verbal '
             'reasoning and practical problem-solving are in the average range, while his phonological processing, reading accuracy '
             'and reading speed are well below average (below the 5th centile). Working memory is a significant weakness. Dr Price '
             'writes: "Reece\'s behaviour in theory lessons is best understood as avoidance of tasks he cannot do and does not want '
             'to be seen failing at. His ADHD makes this harder, but literacy is the main barrier. He needs a structured, age-'
             'appropriate literacy programme delivered by someone with specialist training, several times a week, and assessment '
             'methods that let him show what he knows orally and practically." He also recommends a mentor who Reece trusts, and that '
             'staff avoid public confrontation.',
             '## Summary of the college\'s advice',
             'Westbrook College reports that Reece\'s attendance is 84% this year. He has passed all practical assessments so far at '
             'merit or distinction. He has not submitted two of three theory assignments. He has walked out of lessons eleven times, '
             'always from theory or English. There have been two verbal altercations with other students and no physical incidents. '
             'The college offered Reece a place in a literacy group in October but he attended once. The tutor notes that Reece '
             'responds well to humour and to being given responsibility in the workshop.',
             '## Summary of the Youth Justice Service advice',
             'Jordan Kemp (Youth Justice Service) reports that Reece has complied with his referral order, attends his weekly '
             'appointments and has completed a victim awareness programme. The main risks identified are unstructured time in the '
             'evenings and at weekends, association with older peers and possible exploitation. The report recommends "structured '
             'positive activities, particularly at weekends" and a full-time education or training offer.'],
            ['## What has changed since the last plan',
             'Since his last plan Reece has moved from school to college, started ADHD medication at a higher dose, and received a '
             'referral order. His practical skills have developed quickly and he is now working towards Level 1 units ahead of '
             'schedule in the workshop. His literacy has not improved: his reading age in September 2025 was the same as in March '
             '2024. He has had more incidents of walking out of lessons than at school, which the college links to the amount of '
             'reading in theory sessions. He now has a clearer idea of his future and has asked for help to find an apprenticeship. '
             'His relationship with his tutor is positive, and his mother reports that he is calmer at home since starting college.'],
            ['## History',
             'Reece attended Greenway Primary School and Westbrook Academy. He was permanently excluded in Year 9 and moved to Castle '
             'Hill School, where he was given an EHC plan in Year 10 after a statutory assessment showed significant literacy '
             'difficulties. He left school with GCSE maths grade 2 and Functional Skills maths Entry 3. He started at Westbrook College '
             'in September 2025.'],
            ['## Communication and interaction',
             'B5. Reece has no identified communication needs, but can misread adults\' tone and react quickly.'],
            ['## Sensory and/or physical',
             'B6. No needs identified. Reece\'s hearing and vision were checked by his GP in 2024 and are normal.'],
            ['## Preparing for Adulthood',
             'B7. Reece wants to become a mechanic. He needs work experience in a garage, careers guidance about apprenticeships and '
             'help to manage his time and money. He will need to be able to read job sheets, manuals and safety information at work. '
             'He has not yet had any work experience. He would like to learn to drive when he is 17 and has asked about help with '
             'the theory test, which he is worried about because of his reading.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to his SEN',
            ['C1. ADHD. Reece takes lisdexamfetamine {-30mg-}{+40mg+} each morning, prescribed by CAMHS. It reduces his appetite. CAMHS '
             'reviews his medication every six months. Reece will move to adult services at 18 and his mother is worried that there is '
             'a long wait for the adult ADHD service. Reece sometimes misses his morning dose when he stays at friends\' houses, and '
             'staff notice a difference on those days. He has no other health needs.']),
        sec('D', 'Section D: The young person\'s social care needs which relate to his SEN or disability',
            ['D1. Reece is subject to a 9-month referral order (from August 2025) and has a Youth Justice Service worker, Jordan Kemp, '
             'whom he sees weekly. The Youth Justice Service has identified a risk of criminal exploitation.',
             'D2. Reece is also supported by a youth worker from the Westbrook Targeted Youth Support team, Kayleigh Moss, who meets '
             'him after college on Wednesdays and has helped him to join a five-a-side league. The youth worker reports that Reece is '
             'most at risk between 6pm and 11pm on Fridays and Saturdays, when he has no planned activities and spends time in the town '
             'centre with older young people. She recommends that a structured weekend activity is found for him and that the '
             'family are offered an Early Help assessment, which Tanya has said she would accept.',
             'D3. The family are not currently open to children\'s social care. Tanya Whitfield says she would like more help at '
             'weekends, when Reece is most at risk, and asked at the annual review whether there was a youth club or boxing club that '
             'could be funded. Reece would like to join the Westbrook Amateur Boxing Club but says he cannot afford the fees.']),
        sec('E', 'Section E: Outcomes',
            O('E1 Employment (PfA). [[t:By <<2026-07-17|17 July 2026>>]], [[s:Reece]] [[b:will complete his Level 1 Motor Vehicle qualification]] '
              '[[c:with all practical and theory units passed]]. Links: A, B1, B3.'),
            O('E2. [[s:Reece]] [[b:will improve his behaviour in college]].', spec=False,
              note='Vague verb, no criterion, no date.'),
            O('E3. [[s:Reece]] [[b:will develop his literacy skills]] so that he can access his course.', spec=False,
              note='Vague verb, no criterion, no date.'),
            O('E4. [[t:By <<2026-07-17|17 July 2026>>]], [[s:Reece]] [[b:will pass Functional Skills English]] [[c:at Entry Level 3]].'),
            O('E5 Employment (PfA). [[t:By <<2026-06-30|30 June 2026>>]], [[s:Reece]] [[b:will apply for at least two Level 2 apprenticeships '
              'or a Level 2 college course]] [[c:with his completed applications checked by the careers adviser]].'),
            ),
        fsec('Section F: Special educational provision',
             ['Westbrook College will provide:'],
             FH('Cognition and learning'),
             FR('E1', '[[w:Level 1 Motor Vehicle study programme]]', 'Motor vehicle lecturers', '4 days a week', '18 hours per week',
                'Class of up to 14'),
             FR('E3, E4', 'Small group literacy interventions', '!ALS staff', '!Regular', '!-', '!Small group', vague=True,
                note='No programme, no role, no frequency, duration or size.'),
             FR(None, '[[w:Functional Skills English, Entry 3]]', 'English lecturer', 'Weekly', '1 hour 30 minutes', 'Class of up to 10'),
             FS('Learning support assistant (LSA) in the English class', 'Weekly'),
             FR(None, '[[w:Reader for assessments and exams]]', 'Exams team', 'All exams', '!N/A', '!N/A', na='dg'),
             FR(None, 'Reece will have access to learning support in lessons as required', '!Learning support', '!As required', '!N/A',
                '!N/A', vague=True, note='"access to ... as required": no role, no amount.'),
             FH('Social, emotional and mental health'),
             FR('E2', '[[w:Mentoring sessions]] to be arranged', 'Mentor', '!To be arranged', '!N/A', '1:1', vague=True,
                note='"To be arranged": no frequency or duration.'),
             FR(None, '[[w:Time-out card to leave theory lessons for 10 minutes and go to the workshop office]]', 'Course tutor',
                'Every theory lesson', '10 minutes', '!N/A', na='g'),
             FR(None, 'Reece would benefit from [[w:a reduced timetable]] where appropriate', '!N/A', '!Where appropriate', '!N/A', '!N/A',
                vague=True, note='"would benefit from", "where appropriate": not provision.'),
             FR(None, '[[w:Staff to use a calm, private approach when addressing behaviour]]', '!Staff', 'Every lesson', '!N/A', '!N/A',
                na='dg', note='"Staff" is not a defined role.'),
             FR(None, '[[w:Boxing-based mentoring programme (Westbrook Amateur Boxing Club "Fight for Focus")]]', 'Club coach and youth mentor',
                'Weekly (Saturday mornings)', '1 hour 30 minutes', 'Group of up to 10'),
             FH('Preparing for adulthood'),
             FR('E5', '[[w:Careers guidance interview]]', 'Careers adviser', 'Termly', '45 minutes', '1:1'),
             FR(None, '[[w:Driving theory test preparation]] with opportunities for practice', '!Learning support', '!Regular', '!N/A',
                '!N/A', vague=True, note='"opportunities for practice", "regular": vague.'),
             FR(None, '[[w:Work experience in a garage]]', '!College', '!To be arranged by college', '!N/A', '!N/A', vague=True, note='No who, when or how long.'),
             FR('E1-E5', '[[w:Annual review]]', 'College and EHC Coordinator', 'Annually', '!N/A', '!N/A', na='dg'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            V('G1 (C1). [[w:ADHD medication review]] by [[who:CAMHS]] [[f:every six months]], with transition to the adult ADHD service to be planned.',
              na='dg'),
            V('G2. [[who:CAMHS]] to [[w:continue to support]] as appropriate.', vague=True, na='dg',
              note='"continue to support as appropriate": no what, no frequency.'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', status='blank'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('None.'), status='nil'),
        sec('I', 'Section I: Placement', ['Left blank in the draft plan.'], status='blank'),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['No personal budget has been requested. Reece and his mother were told about personal budgets at the annual review.']),
        sec('K', 'Section K: Advice and information',
            ['1. Reece Whitfield, views, 4 December 2025.', '2. Tanya Whitfield, views, 4 December 2025.',
             '3. Westbrook College annual review report, Craig Dobson (course tutor), 1 December 2025.',
             '4. Educational psychologist: Dr Owen Price, Westbrook EPS, 20 October 2025.',
             '5. Youth Justice Service report, Jordan Kemp, 25 November 2025.',
             'The educational psychologist\'s report and the college report were discussed at the annual review meeting on 4 December '
             '2025, which was attended by Reece, his mother, Craig Dobson, the college ALS co-ordinator (Amy Fielding), Jordan Kemp and '
             'Sunita Rai. The recommendations agreed at that meeting have been used to update Sections B, E and F. Reece\'s mother '
             'asked for the plan to include more help with weekends; this has been noted in Section D.']),
    ],
    signoff=[('Draft prepared by', 'Sunita Rai, EHC Coordinator'), ('Draft issued', '<<2026-01-19|19 January 2026>>')],
    faults=[
        dict(kind='outcome-not-smart', section='E', sentence='E2. Reece will improve his behaviour in college.'),
        dict(kind='outcome-not-smart', section='E', sentence='E3. Reece will develop his literacy skills so that he can access his course.'),
        dict(kind='vague-provision', section='F', sentence='Small group literacy interventions | ALS staff | Regular | - | Small group'),
        dict(kind='vague-provision', section='F', sentence='Reece will have access to learning support in lessons as required | Learning support | As required | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Mentoring sessions to be arranged | Mentor | To be arranged | N/A | 1:1'),
        dict(kind='vague-provision', section='F', sentence='Reece would benefit from a reduced timetable where appropriate | N/A | Where appropriate | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Driving theory test preparation with opportunities for practice | Learning support | Regular | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Work experience in a garage | College | To be arranged by college | N/A | N/A'),
        dict(kind='vague-provision', section='G', sentence='G2. CAMHS to continue to support as appropriate.'),
        dict(kind='social-care-need-no-provision', section='H2', sentence='None.'),
        dict(kind='blank-section', section='H1', sentence='Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
        dict(kind='no-health-or-social-care-advice', section='K', sentence='4. Educational psychologist: Dr Owen Price, Westbrook EPS, 20 October 2025.'),
        dict(kind='unexplained-acronym', section='B', sentence='B2. Reece has had involvement with the YJS since August 2025 (referral order, 9 months).'),
        dict(kind='unexplained-acronym', section='B', sentence="His reading age is around 9 years and his spelling age 8 years (college ALS screening, September 2025)."),
    ],
)
