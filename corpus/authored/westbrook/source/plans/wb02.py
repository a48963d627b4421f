from dsl import *

PLAN = dict(
    id='wb02', file='wb02_priya_chandra', child='Priya Chandra', age=17, status='final',
    plan_date='2025-10-06', target_grade='good', tc_author='Gareth Lowe', tc_date='2025-09-30',
    rationale=("Good. All sections present; C is complete and D, H1 and H2 are explicitly nil with reasons, consistent with K "
               "(social care advice received and no needs identified). Section A has Priya's own voice and aspirations. Each "
               "need in B has quantified provision in F from a qualified teacher of the deaf and the sixth form. Outcomes are "
               "mostly SMART and include PfA (employment/higher education, independent living). Lapses keep it below "
               "outstanding: outcome E4 has no date; one F line uses 'regular' check-ins with no frequency; 'UCAS' is used without expansion in F; there is no stated arrangement for shorter-term targets and little co-ordination detail."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan', 16)],
    details=[
        ('Name', 'Priya Chandra', 'Date of birth', '<<2008-05-22|22 May 2008>>'),
        ('Parent', 'Meena Chandra (mother)', 'Communication', 'Spoken English with cochlear implants; some British Sign Language (BSL)'),
        ('Plan status', 'Final', 'Date of this plan', '<<2025-10-06|6 October 2025>>'),
        ('EHC Coordinator', 'Gareth Lowe, SEND 16-25 Team', 'Annual review due by', '<<2026-10-05|5 October 2026>>'),
        ('Setting', 'Hollins Park School Sixth Form (Year 13)', 'Plan history', 'First issued 2016; amended after annual review'),
    ],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and her parent',
            ['## About me',
             'I am Priya, I am 17 and I am in Year 13 at Hollins Park Sixth Form doing A levels in Biology, Psychology and Sociology. '
             'I am deaf and I have two cochlear implants. I got my first one when I was 2 and my second when I was 5. I can hear and '
             'talk really well in a quiet room with one person, but in a noisy classroom or when people talk over each other I miss '
             'a lot and then I have to guess. By the end of the day my head hurts from listening.',
             'I like baking, drawing, K-dramas (with subtitles!) and going to the Deaf youth group in Westbrook on Thursday evenings, '
             'where I am learning more BSL. My best friend is Hana. I live with my mum Meena and my brother Arjun, who is 14.'],
            ['## What works for me',
             'Teachers wearing the Roger microphone and passing it round in discussions. Sitting near the front on the left so my '
             'better side faces the class. Subtitles on every video, always. Getting the PowerPoint before the lesson so I know the '
             'new words. Someone taking notes for me in lectures because I cannot lip-read and write at the same time. Being able to '
             'take a break in the library when I am exhausted.'],
            ['## What does not work',
             'People covering their mouths, talking while facing the board, or saying "never mind, it doesn\'t matter" when I ask them '
             'to repeat. Group work in a noisy room. Supply teachers who do not know about my radio aid.'],
            ['## My aspirations',
             '"I want to go to university to study Audiology or Psychology. I would like to work with deaf children one day." '
             '"I want to live in halls at university and manage everything myself, like my batteries and appointments." '
             '"I want to pass my driving test."'],
            ['## My mother\'s views',
             'Meena said: "Priya works incredibly hard and she deserves the same chance as everyone else. The support from the teacher '
             'of the deaf has made the difference. My worry is university: who will make sure lecturers use the microphone, and how she '
             'will cope with the tiredness. I want her to learn to ask for what she needs herself."'],
            ['## What I want from this year',
             'I want to get my grades and have a plan for university that I have made myself. I want teachers to stop forgetting the '
             'microphone after Christmas. I want to do my own appointments so that my mum does not have to take time off work. And I '
             'want to find out what help I can get at university, like the Disabled Students\' Allowance, before I accept an offer.'],
            ['## How these views were gathered',
             'Priya wrote her views on a form at home and talked them through with Gareth Lowe (EHC Coordinator) and her teacher of the '
             'deaf at the annual review on 17 September 2025. A BSL/English interpreter was offered and Priya chose not to use one.'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Strengths and attainment',
             'Priya achieved eight GCSEs at grades 5-8, including grade 7 in Biology and grade 6 in English Language. Her predicted A level '
             'grades are B, B, C. Her reading age is above her chronological age and her written English is fluent. She is well '
             'organised and determined.'],
            ['## Sensory: hearing',
             'B1. Priya has a profound bilateral sensorineural hearing loss and wears two cochlear implants. With her implants she hears '
             'speech well in quiet one-to-one conditions (speech perception 92% in quiet) but this falls to 48% in classroom-level noise '
             '(Westbrook and Downs Cochlear Implant Centre, June 2025). She relies on lip-reading and on a Roger radio aid system. '
             'The qualified teacher of the deaf, Ruth Kellaway, advises: "Access to the teacher\'s voice through the Roger system, '
             'combined with good lighting and a clear view of faces, is essential in every lesson."'],
            ['## Communication and interaction',
             'B2. Priya has gaps in her knowledge of subject-specific vocabulary, particularly technical terms heard rather than read '
             '(for example in Psychology research methods), because she misses incidental language. She does not always ask for '
             'repetition in class because she does not want to stand out.',
             'B3. In group discussions and seminars she cannot follow rapid turn-taking and loses track of who is speaking.'],
            ['## Cognition and learning',
             'B4. Priya cannot lip-read and take notes at the same time, so her notes from teacher-led explanations are incomplete. '
             'Her processing of spoken information is slower when she is tired. Her underlying cognitive ability is in the high average '
             'range (educational psychologist, 2023).'],
            ['## Social, emotional and mental health',
             'B5. Listening fatigue: Priya reports headaches and exhaustion by the afternoon. She sometimes withdraws from social '
             'situations with hearing peers and has said she feels "on the outside" in noisy social spaces. She has good self-esteem '
             'and a strong Deaf peer group.'],
            ['## Summary of professional advice on Priya\'s learning',
             'The teacher of the deaf observed Priya in Biology and Sociology in July 2025. In Biology, where the teacher wore the Roger '
             'microphone and used a slide for each instruction, Priya answered questions accurately and completed the practical '
             'independently. In Sociology, a seminar-style lesson with six students talking in turn without the Table Mic, Priya '
             'contributed once and later said she had "followed about half". Her notes from that lesson were a list of headings only. '
             'The teacher of the deaf concluded that Priya\'s difficulties are about access, not ability, and that the gap widens in '
             'discussion-based subjects, in rooms with hard floors and when she is tired.',
             'The Cochlear Implant Centre reports that Priya\'s implants are working well and that her speech perception scores are '
             'stable. They recommend that she takes more responsibility for troubleshooting her equipment before she leaves school, '
             'and that any university she chooses is told early about her need for a radio aid and captioned recorded lectures.',
             'Her Psychology teacher, Mr Ian Booth, reports that Priya\'s written work is among the strongest in the group, but that she '
             'is reluctant to ask questions in front of the class and sometimes relies on Hana to tell her what was said.'],
            ['## Preparing for Adulthood',
             'B6. Priya does not yet manage her own hearing technology and audiology appointments (her mother does this) or explain her '
             'access needs to new staff. She will need to do both at university.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to her SEN',
            ['C1. Profound bilateral sensorineural hearing loss with bilateral cochlear implants. Priya needs annual mapping (programming) '
             'of her implants, maintenance and repair of the processors, and audiological review of her radio aid.',
             'C2. Priya has no other health needs relating to her SEN.']),
        sec('D', 'Section D: The young person\'s social care needs which relate to her SEN or disability',
            ['Priya has no social care needs relating to her SEN or disability. This was confirmed in advice from the Disabled '
             'Children\'s Team on 2 September 2025 (see Section K), and Priya and her mother agree.'], status='nil'),
        sec('E', 'Section E: Outcomes',
            O('E1 (PfA: Employment and higher education). [[t:By <<2026-07-31|31 July 2026>>]], [[s:Priya]] [[b:will achieve her A levels in '
              'Biology, Psychology and Sociology]] [[c:at grades that meet the offer of her chosen university course (target BBC)]]. '
              'Links: A (university), B1-B4.'),
            O('E2 (Communication). [[t:By <<2026-03-31|31 March 2026>>]], [[s:Priya]] [[b:will ask a teacher or peer to repeat or rephrase '
              'when she has missed information]] [[c:in at least 4 out of 5 lessons observed by the teacher of the deaf]]. Links: B2, B3, B6.'),
            O('E3 (PfA: Independent living). [[t:By <<2026-05-29|29 May 2026>>]], [[s:Priya]] [[b:will book and attend her own audiology '
              'and cochlear implant appointments and order her own batteries and spares]] [[c:without her mother, for two consecutive '
              'appointments]]. Links: A (halls), B6, C1.'),
            O('E4 (PfA: Employment and higher education). [[s:Priya]] [[b:will explain her access needs and set up the Roger system with a new '
              'member of staff]] [[c:independently, on 3 occasions]]. Links: A (university), B6.', note='No date or phase end: not time-bound.'),
            O('E5 (Good health). [[t:By <<2026-02-13|13 February 2026>>]], [[s:Priya]] [[b:will use her agreed listening-break plan]] '
              '[[c:so that she attends full days on at least 95% of school days and reports headaches on no more than one day a week in '
              'her fatigue diary]]. Links: B5.'),
            ),
        fsec('Section F: Special educational provision',
             ['Hollins Park School Sixth Form and the Westbrook Sensory Support Service will provide the following provision in '
              'the 2025/26 academic year. The sixth form SENCo, Claire Moffatt, is responsible for ensuring it is delivered.'],
             FH('Sensory: hearing (B1)'),
             FR('E1, E2', '[[w:Roger radio aid system (transmitter, Roger Table Mic for discussions, receivers on both processors)]], '
                'worn by the teacher and passed to speakers in discussions', 'Every teacher, set up by the teacher of the deaf',
                'Every lesson', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Daily check that the Roger system is charged and working, using the Sensory Support checklist]]',
                'Learning support assistant (LSA) trained by the teacher of the deaf', 'Daily at 8.40am', '5 minutes', '1:1'),
             FR(None, '[[w:Seating at the front left of the room, good lighting on the teacher\'s face, all video subtitled, '
                'the teacher facing the class when speaking]]', 'Subject teachers', 'Every lesson', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Acoustic assessment of her three main teaching rooms, with soft furnishings fitted where advised]]',
                'Teacher of the deaf with the Sensory Support technician', 'Once, by 31 October 2025', '!N/A', '!N/A', na='dg'),
             FH('Communication and interaction (B2, B3)'),
             FR('E1, E2', '[[w:Pre-teaching of subject-specific vocabulary from the next unit, using the glossary sent by subject teachers]]',
                'Qualified teacher of the deaf (ToD), Westbrook Sensory Support Service', 'Weekly', '45 minutes', '1:1'),
             FS('LSA (reinforcing the same vocabulary)', 'Weekly, on a different day'),
             FR(None, '[[w:Lesson PowerPoints and key vocabulary sent to Priya]]', 'Subject teachers', 'At least 1 day before each lesson',
                '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Deaf awareness training for all staff teaching Priya, including Roger system use and managing discussions]]',
                'Teacher of the deaf', 'Each September and for new staff within 2 weeks of starting', '1 hour', 'Whole subject teams'),
             FR(None, '[[w:Structured seminar rules in group discussions: one speaker at a time, speaker holds the Table Mic, '
                'summary of points written on the board]]', 'Subject teachers', 'Every group discussion', '!N/A', '!N/A', na='dg'),
             FH('Cognition and learning (B4)'),
             FR('E1', '[[w:Electronic note-taker in teacher-led lessons, notes shared on the school\'s Teams site the same day]]',
                'LSA trained in electronic note-taking', '12 lessons a week', '12 hours per week', '1:1'),
             FR(None, '[[w:Access arrangements for all A level examinations and mocks: 25% extra time, separate room, modified language '
                'papers where allowed, live speaker for listening elements]]', 'Exams officer and SENCo', 'All exams and mocks', '!N/A',
                '1:1', na='d'),
             FR(None, '[[w:Check-ins with the SENCo about coursework deadlines]]', 'SENCo', '!Regular', '!N/A', '1:1', na='d', vague=True,
                note='"Regular" with no frequency: not specific.'),
             FH('Social, emotional and mental health (B5)'),
             FR('E5', '[[w:Listening-break plan: Priya may go to the library quiet room for a break in any free period and for the last '
                '15 minutes of any double lesson with notes provided]]', 'SENCo agrees the plan with subject teachers', 'Every day',
                '15 minutes', '!N/A', na='g'),
             FR(None, '[[w:Mentoring on self-advocacy and managing fatigue, using a fatigue diary]]', 'Teacher of the deaf', 'Fortnightly',
                '30 minutes', '1:1'),
             FH('Preparing for Adulthood (B6)'),
             FR('E3, E4', '[[w:Self-advocacy programme: writing her own "hearing passport", practising explaining her needs to new staff, '
                'researching Disabled Students\' Allowance (DSA) and university disability services]]', 'Teacher of the deaf',
                'Fortnightly (alternating with mentoring)', '30 minutes', '1:1'),
             FR(None, '[[w:Careers and higher education guidance including UCAS personal statement and disclosure]]',
                'Level 6 qualified careers adviser', 'Termly', '45 minutes', '1:1'),
             FR(None, '[[w:Transition visit to two chosen universities\' disability services, with the teacher of the deaf]]',
                'Teacher of the deaf', '2 visits, spring term 2026', '1 day each', '1:1'),
             FR('E1-E5', '[[w:Annual review]]', 'SENCo and EHC Coordinator', 'Annually, by 5 October 2026', '!N/A', '!N/A', na='dg'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('Agreed by Westbrook and Downs ICB Designated Clinical Officer on 29 September 2025.'),
            V('G1 (C1). [[w:Cochlear implant mapping and review]] by [[who:the audiologist, Westbrook and Downs Cochlear Implant Centre]], '
              '[[f:annually (next due May 2026)]], with repairs and replacement processors provided within 5 working days of a fault.', na='dg'),
            V('G2 (C1). [[w:Review of the radio aid and its fit with both processors]] by [[who:the educational audiologist, Westbrook '
              'Paediatric Audiology]], [[f:once a year at school (autumn term)]].', na='dg'),
            V('G3 (C1). [[w:Transfer of Priya\'s implant care to the adult cochlear implant programme]], planned by [[who:the Cochlear '
              'Implant Centre transition co-ordinator]] [[f:by her 18th birthday (22 May 2026)]].', na='dg'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('None. Priya has no assessed social care needs (see Section D).'), status='nil'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('None. Priya has no assessed social care needs (see Section D). Priya has been given information about the Westbrook '
              'Deaf Youth Group, which she attends independently.'), status='nil'),
        sec('I', 'Section I: Placement', ['Hollins Park School Sixth Form, Hollins Lane, Westbrook WB6 1DS. Type: mainstream academy sixth form. '
                                          'Until the end of Year 13 (July 2026).']),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['No personal budget has been requested. Mrs Chandra was given information about personal budgets at the annual review on '
             '17 September 2025. The provision in F is funded through the school\'s notional SEN budget and Westbrook top-up funding '
             '(Band 3), with the teacher of the deaf time provided by Westbrook Sensory Support Service.']),
        sec('K', 'Section K: Advice and information',
            ['1. Priya Chandra (young person), views, 17 September 2025.', '2. Meena Chandra (parent), views, 17 September 2025.',
             '3. Qualified teacher of the deaf: Ruth Kellaway, Westbrook Sensory Support Service, 5 September 2025.',
             '4. Health: Westbrook and Downs Cochlear Implant Centre report, 12 June 2025; paediatric audiology report, 1 July 2025.',
             '5. Social care: Disabled Children\'s Team screening, 2 September 2025 (no social care needs identified).',
             '6. Educational setting: Claire Moffatt, SENCo, Hollins Park School Sixth Form, annual review report, 17 September 2025.',
             '7. Educational psychologist: Dr Owen Price, Westbrook Educational Psychology Service, 14 March 2023.',
             'The educational psychologist\'s advice from 2023 was used only for background on Priya\'s cognitive profile; Priya and her '
             'mother agreed that a new assessment was not needed because her needs are well understood and her attainment is strong. '
             'All other advice is less than 12 months old. Copies of all advice are held on Priya\'s file and were sent to Mrs Chandra '
             'with the draft plan on 22 September 2025.']),
    ],
    signoff=[('Signed on behalf of Westbrook Borough Council', 'Gareth Lowe, EHC Coordinator'), ('Date issued', '<<2025-10-06|6 October 2025>>')],
    faults=[
        dict(kind='outcome-not-smart', section='E', sentence='E4 (PfA: Employment and higher education). Priya will explain her access needs and set up the Roger system with a new member of staff independently, on 3 occasions.'),
        dict(kind='vague-provision', section='F', sentence='Check-ins with the SENCo about coursework deadlines | SENCo | Regular | N/A | 1:1'),
        dict(kind='unexplained-acronym', section='F', sentence='Careers and higher education guidance including UCAS personal statement and disclosure'),
    ],
)
