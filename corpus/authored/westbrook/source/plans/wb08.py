from dsl import *

PLAN = dict(
    id='wb08', file='wb08_shannon_mercer', child='Shannon Mercer', age=20, status='final',
    plan_date='2025-11-10', target_grade='requires_improvement', tc_author='Gareth Lowe', tc_date='2025-11-05',
    rationale=("Requires improvement. All sections are present and Shannon's views are in A, but: C names epilepsy with rescue "
               "medication while G gives only a statement that her GP manages it (no care plan, no staff training); H1 is left "
               "blank instead of saying it does not apply at 20; two outcomes and the review line carry dates already past at the "
               "plan date (rolled over from last year's plan); two outcomes are not SMART; roughly half of F lacks frequency, duration "
               "or group size; the only cognitive advice is an educational psychologist report from 2019; K lists no health advice. "
               "Sections are present, the needs are described and some provision is well specified, so it is RI, not inadequate."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan', 16)],
    details=[
        ('Name', 'Shannon Mercer', 'Date of birth', '<<2005-04-18|18 April 2005>>'),
        ('Lives with', 'Julie Mercer (mother) and grandmother Pat Mercer', 'Communication', 'Spoken English'),
        ('Plan status', 'Final', 'Date of this plan', '<<2025-11-10|10 November 2025>>'),
        ('EHC Coordinator', 'Gareth Lowe, SEND 16-25 Team', 'Last annual review', '<<2025-10-14|14 October 2025>>'),
        ('Setting', 'Westbrook College, Skills for Independence and Work (Entry 3), year 3', 'Funding', 'High-needs top-up Band 3'),
    ],
    preamble=['This plan has been amended following Shannon\'s annual review on 14 October 2025. Shannon is a young person aged 20 '
              'and is in her third year at Westbrook College. At the review, Shannon, her mother and the college agreed that she should '
              'continue at college for one more year to focus on work skills and independence before moving on.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person',
            ['## About me',
             'My name is Shannon and I am 20. I live with my mum and my nan. I go to Westbrook College three days a week. I am in the '
             'Skills for Independence and Work class. I like my friends at college, doing hair and make-up, K-pop, my cat Bella and '
             'going to Westbrook Shopping Centre on Saturdays with my mum.',
             'I have epilepsy. Sometimes I have seizures at college. I don\'t remember them but I feel tired and embarrassed after. '
             'I want staff to know what to do and not to make a fuss.'],
            ['## What I want people to know about my epilepsy',
             'Before a seizure I sometimes get a funny taste in my mouth and I say "it\'s coming". Then I need to sit down somewhere '
             'safe. After a seizure I am confused and I need someone I know to stay with me and not lots of people. I need to sleep. '
             'Please ring my mum. Please don\'t tell everyone in the class what happened, I will tell my friends myself.'],
            ['## What I want',
             '"I want to work in a hairdresser\'s, washing hair and sweeping up and making the teas, and then learn to do more." '
             '"I want to go on the bus by myself but Mum says not yet because of my seizures." "I want to have a boyfriend and go out '
             'with my friends without my mum." "I want to live with my friend Kelsey one day."'],
            ['## What I am proud of',
             'I passed my Entry 2 English and maths. I did my first aid course. I can make a cup of tea and toast on my own at college. '
             'I did a presentation about K-pop to my class and everyone clapped. I helped the new students on their first day because '
             'I know where everything is. I have a best friend called Kelsey and we sit together every day.'],
            ['## What I find hard',
             'Reading long things. Money, because I never know if I have enough. When people talk fast. When I have a seizure in front '
             'of people and they all stare. Going somewhere new. Saying no to people, even when I don\'t want to do something.'],
            ['## A typical week',
             'On Monday, Tuesday and Thursday I go to college. Mum drives me because I don\'t go on the bus yet. On Wednesday I help '
             'my nan with the shopping. On Friday I stay at home and watch TV or go on my phone. On Saturday I go to the shopping '
             'centre with Mum. On Sunday we go to my auntie\'s for dinner. I would like to do more on Wednesdays and Fridays, like a job.'],
            ['## What helps me',
             'Showing me how to do things. Saying things again. Not rushing me. Letting me have a rest after a seizure. Pictures on my phone.'],
            ['## My mum\'s views',
             'Julie said: "Shannon has come on so much at college. She is more confident and she has friends now. I worry about her '
             'epilepsy, especially with travel and work, and I worry about what she will do when college ends. She needs a job or '
             'something to go to every day. I do everything for her at home and I know I need to let go a bit."'],
            ['## My nan\'s views',
             'Pat Mercer said: "Shannon is a lovely girl and she is a big help to me with the shopping. But I am not getting any younger. '
             'She needs to be doing something in the week that gives her a purpose, and she needs to learn to do more for herself so '
             'that her mum is not doing everything. I would like to see her have a little job."'],
            ['## How views were gathered',
             'Shannon shared her views with her tutor, Ms Gemma Hart, using a talking mat, before her annual review on 14 October 2025. '
             'Julie Mercer attended the review.'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Cognition and learning',
             'B1. Shannon has moderate learning difficulties. The educational psychologist\'s report (2019) found her cognitive abilities to '
             'be in the extremely low range, with particular difficulty with working memory and processing speed. She reads simple '
             'familiar texts at Entry Level 2 and can write short sentences with support. In maths she is working at Entry Level 2; she '
             'recognises coins and notes and can add amounts to £5 with a calculator.',
             'B2. Shannon needs information repeated and demonstrated, and learns best through routine and practical activity. She can '
             'lose skills if they are not practised. Her tutor reports that she can concentrate for about 15 minutes on a task before '
             'she needs a change or a check-in, and that she concentrates for longer on practical tasks she enjoys, such as the salon '
             'and kitchen sessions. Shannon is more likely to remember a skill if she has seen it demonstrated, has a photo sequence '
             'on her phone and has practised it at least once a week. Her writing is limited to short sentences, and she uses a '
             'word bank for spellings. She can use a calculator for simple addition and subtraction of money.'],
            ['## Communication and interaction',
             'B3. Shannon\'s spoken language is clear but she has difficulty understanding long or abstract language. She can agree to '
             'things she has not understood. She is friendly and sociable and can be over-trusting of people she has just met, '
             'including online.'],
            ['## Social, emotional and mental health',
             'B4. Shannon can become anxious about new situations and when she has had a seizure. She is sometimes low in mood and '
             'says she feels "different" from her friends who have jobs. She worries that people will laugh at her if she has a '
             'seizure in public, and this is one reason she does not want to go out without her mother. She has said she would like '
             'to talk to someone about her feelings. She has good relationships with staff she knows well.'],
            ['## Summary of the college report',
             'Gemma Hart, Shannon\'s tutor, reports that Shannon is a popular and cheerful member of the class who is kind to other '
             'students. She works best in a structured routine with visual prompts and needs new skills broken into small steps and '
             'practised many times. In the training kitchen she can now make a hot drink and toast independently, and can follow a '
             'visual recipe for pasta with two or three prompts. In work skills she can sort and fold items, greet customers in a '
             'role-play and follow a two-step instruction. She finds it hard to stay on task for more than 15 minutes without a '
             'check-in. Shannon had 17 seizures at college last year, of which three were tonic-clonic; rescue medication was given '
             'once, by a member of staff who had been trained at her previous school. Ms Hart recommends that Shannon has a structured '
             'work placement and a travel training assessment this year.',
             '## Summary of the educational psychologist\'s advice (2019)',
             'Dr Karen Pollard assessed Shannon in Year 9. She recommended that Shannon is taught in small groups, with visual '
             'supports, over-learning and a focus on functional literacy and numeracy. She advised that Shannon would benefit from '
             'a curriculum focused on life skills and that her vulnerability should be considered as she grows older.'],
            ['## Sensory and/or physical',
             'B5. Shannon has no physical or sensory needs. After a seizure she is tired and may need to sleep for up to two hours.'],
            ['## Preparing for Adulthood',
             'B6. Shannon has done one short work experience placement (a charity shop, 2024). She cannot yet travel independently, '
             'manage money or cook a simple meal without help. She is not known to adult social care. She would like to work in a '
             'hair salon and has shown real interest and skill in the college salon taster sessions, where she washed and dried a '
             'client\'s hair with support. Shannon and her mother have not yet talked about where Shannon might live in the future, '
             'but Shannon has said she would like to live with a friend. She has a bank account, which her mother manages.',
             '## History',
             'Shannon attended Brookfield Primary School and Ashgrove Special School, where she had a statement of SEN and then an EHC '
             'plan. She was diagnosed with epilepsy aged 11. She started at Westbrook College in September 2023 on the Entry 1 '
             'Foundation programme, moved to Entry 2 in 2024 and is now on the Entry 3 Skills for Independence and Work programme. '
             'She has had a good relationship with her tutor and has made steady progress, although her seizures have interrupted '
             'her learning at times.',
             '## Progress since the last review',
             'The college reports that Shannon has achieved Entry Level 2 in English and maths, completed her Level 1 Award in '
             'Employability Skills and improved her confidence in group work. Her attendance is 88%, with most absences following '
             'seizures. Her tutor notes that she now makes her own hot drinks safely and can follow a visual recipe with two prompts.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to her SEN',
            ['C1. Shannon has epilepsy (focal seizures with impaired awareness and occasional tonic-clonic seizures). She has about two '
             'seizures a month, some at college. She has buccal midazolam prescribed as rescue medication for tonic-clonic seizures '
             'lasting more than 5 minutes, and takes daily anti-seizure medication at home.',
             'C2. Shannon\'s epilepsy means she must not use some kitchen and salon equipment unsupervised, and affects her travel.',
             'Her mother reports that Shannon\'s seizures have been more frequent since the summer and that her neurologist changed '
             'her medication in August 2025. Shannon has not had a review with the epilepsy nurse for over a year. Her seizures are '
             'more likely when she is tired or has missed a dose.']),
        sec('D', 'Section D: The young person\'s social care needs which relate to her SEN or disability',
            ['Shannon has not had a Care Act assessment. Her mother provides all her care and support at home. Julie has said she would '
             'like to know what support Shannon could get as an adult. Julie works part-time and Shannon\'s grandmother, who is 78, '
             'looks after her on the days she is not at college. Julie said at the review that she is finding it harder to manage and '
             'is worried about what will happen if she or Pat become unwell.']),
        sec('E', 'Section E: Outcomes',
            N('The outcomes below were agreed at the annual review. The college will set targets in Shannon\'s learning plan.'),
            O('E1 Employment. [[t:By <<2025-07-18|18 July 2025>>]], [[s:Shannon]] [[b:will complete a work placement in a hair salon]] '
              '[[c:for one day a week for 10 weeks]].', note='Date already past at the plan date (rolled over from the previous plan).'),
            O('E2 Independent living. [[t:By <<2025-07-18|18 July 2025>>]], [[s:Shannon]] [[b:will make a simple hot meal (beans on toast, '
              'pasta) following a visual recipe]] [[c:with no more than one prompt]].', note='Date already past at the plan date.'),
            O('E3. [[s:Shannon]] [[b:will continue to develop her English and maths skills]].', spec=False, note='"continue to develop": no criterion, no date.'),
            O('E4. [[s:Shannon]] [[b:will be more independent]] [[t:by the end of her course]].', spec=False,
              note='"more independent" is not a concrete behaviour; no criterion.'),
            O('E5 Community. [[t:By <<2026-07-17|17 July 2026>>]], [[s:Shannon]] [[b:will explain three rules for staying safe online and '
              'with people she has just met]] [[c:correctly, without prompts, in a role-play assessed by her tutor]].'),
            ),
        fsec('Section F: Special educational provision',
             ['Westbrook College will provide the following for the 2025/26 academic year:'],
             FH('Cognition and learning (B1, B2)'),
             FR('E3', '[[w:Skills for Independence and Work study programme]] (Entry 3), including English and maths', 'Foundation studies lecturers',
                '3 days a week', '15 hours per week', 'Class of up to 10'),
             FR(None, 'Support in class from a learning support assistant', 'Learning support assistant (LSA)', '!As appropriate', '!N/A',
                '!Shared', vague=True, note='"as appropriate": no amount.'),
             FS('Tutor', 'Weekly'),
             FR(None, '[[w:Differentiated resources with pictures]]', 'Lecturers', 'Every lesson', '!N/A', '!N/A', na='dg'),
             FR(None, 'Maths interventions', '!Staff', '!N/A', '!N/A', '!Small group', vague=True, note='No what beyond "interventions", no who, no amount.'),
             FR(None, '[[w:English and maths (Functional Skills Entry 3)]]', 'Functional Skills lecturer', '2 x weekly', '1 hour',
                'Class of up to 10'),
             FR(None, '[[w:Use of a tablet with visual timetable and recipe apps]]', 'Tutor', 'Every session', '!N/A', '!N/A', na='dg'),
             FH('Communication and interaction (B3)'),
             FR('E5', '[[w:Staying Safe programme: online safety, relationships, consent]]', 'Lecturer', 'Weekly', '1 hour', 'Class of up to 10'),
             FR(None, '[[w:Speech and language therapy advice]] to staff if required', 'Speech and language therapist', '!If required', '!N/A', '!N/A', vague=True,
                note='"if required": not provision.'),
             FH('Social, emotional and mental health (B4)'),
             FR('E4', '[[w:Check-ins with her tutor]] when she is anxious', 'Tutor', '!When needed', '!N/A', '1:1', vague=True, note='"when needed".'),
             FH('Preparing for Adulthood (B6)'),
             FR('E1', '[[w:Work placement in a hair salon]] with a job coach', 'Job coach', '[[f:[[d:One day a week]] for 10 weeks]]', '!N/A', '1:1',
                note='"One day a week" read as frequency and duration (convention).'),
             FR('E2, E4', '[[w:Independent living skills sessions in the training kitchen]]', 'Independent living tutor', 'Weekly', '2 hours',
                'Group of up to 6'),
             FR(None, '[[w:Money skills: using coins and notes, paying in the college shop, checking change with a calculator]]',
                'Independent living tutor', 'Weekly', '1 hour', 'Group of up to 6'),
             FR(None, '[[w:Careers guidance]]', 'Careers adviser', '!Once this year', '!N/A', '1:1', note='"Once this year" gives no date; counted as no frequency.'),
             FR(None, '[[w:Travel training]] to be considered', '!N/A', '!N/A', '!N/A', '!N/A', vague=True, note='"to be considered": not provision.'),
             FR('E1-E5', '[[w:Annual review]]', 'College and EHC Coordinator', 'By <<2025-09-30|30 September 2025>>', '!N/A', '!N/A', na='dg',
                note='Review date already past at the plan date.'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('Shannon\'s epilepsy is managed by her GP and the neurology team at Westbrook General Hospital.'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', status='blank'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            V('H2.1. [[w:Referral for a Care Act assessment]] to [[who:Adult Social Care]].', note='No date or timescale for the referral.'),
            ),
        sec('I', 'Section I: Placement', ['Westbrook College, Foxhall Road, Westbrook WB2 3PL (general further education college). 2025/26 academic year.']),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['No personal budget has been requested. Information about personal budgets will be given to Shannon and her mother '
             'once the Care Act assessment has been completed.']),
        sec('K', 'Section K: Advice and information',
            ['1. Shannon Mercer, views, October 2025.', '2. Julie Mercer, views, 14 October 2025.',
             '3. Westbrook College annual review report, Gemma Hart (tutor), 7 October 2025.',
             '4. Educational psychologist report, Dr Karen Pollard, Westbrook EPS, 12 March 2019.',
             'No new advice was requested for this amendment because the annual review did not identify new needs.']),
    ],
    signoff=[('Signed on behalf of Westbrook Borough Council', 'Gareth Lowe, EHC Coordinator'), ('Date issued', '<<2025-11-10|10 November 2025>>')],
    faults=[
        dict(kind='past-date', section='E', sentence='E1 Employment. By 18 July 2025, Shannon will complete a work placement in a hair salon for one day a week for 10 weeks.'),
        dict(kind='past-date', section='E', sentence='E2 Independent living. By 18 July 2025, Shannon will make a simple hot meal (beans on toast, pasta) following a visual recipe with no more than one prompt.'),
        dict(kind='past-date', section='F', sentence='Annual review | College and EHC Coordinator | By 30 September 2025 | N/A | N/A'),
        dict(kind='outcome-not-smart', section='E', sentence='E3. Shannon will continue to develop her English and maths skills.'),
        dict(kind='outcome-not-smart', section='E', sentence='E4. Shannon will be more independent by the end of her course.'),
        dict(kind='health-need-no-provision', section='G', sentence="Shannon's epilepsy is managed by her GP and the neurology team at Westbrook General Hospital."),
        dict(kind='blank-section', section='H1', sentence='Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
        dict(kind='vague-provision', section='F', sentence='Support in class from a learning support assistant | Learning support assistant (LSA) | As appropriate | N/A | Shared'),
        dict(kind='vague-provision', section='F', sentence='Maths interventions | Staff | N/A | N/A | Small group'),
        dict(kind='vague-provision', section='F', sentence='Speech and language therapy advice to staff if required | Speech and language therapist | If required | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Check-ins with her tutor when she is anxious | Tutor | When needed | N/A | 1:1'),
        dict(kind='vague-provision', section='F', sentence='Travel training to be considered | N/A | N/A | N/A | N/A'),
        dict(kind='outdated-advice', section='K', sentence='4. Educational psychologist report, Dr Karen Pollard, Westbrook EPS, 12 March 2019.'),
        dict(kind='no-health-or-social-care-advice', section='K', sentence='4. Educational psychologist report, Dr Karen Pollard, Westbrook EPS, 12 March 2019.'),
    ],
)
