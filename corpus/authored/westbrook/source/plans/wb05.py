from dsl import *

PLAN = dict(
    id='wb05', file='wb05_kai_donnelly', child='Kai Donnelly', age=18, status='draft',
    plan_date='2026-03-23', target_grade='good', tc_author='Leanne Carter', tc_date='2026-03-18',
    rationale=("Good (draft). All sections present; I is correctly blank. Kai's own voice is strong in A. B covers all four areas "
               "with strengths. C and G match (trauma-focused therapy, asthma). D describes his care-leaver status and the Care "
               "Act assessment, and H2 specifies leaving care and adult social care provision; H1 correctly says it does not apply "
               "at 18. Most F items are fully quantified, including the waking-day curriculum. Outcomes are mostly SMART with PfA "
               "outcomes. Lapses keep it at good: one F item offers the counsellor 'as needed'; outcome E5 has no measure; 'ISP' is "
               "never explained; the Personal Adviser's tracked changes are still unaccepted (expected in a draft)."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers; unaccepted tracked changes from the Personal Adviser.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan: DRAFT', 16)],
    details=[
        ('Name', 'Kai Donnelly', 'Date of birth', '<<2007-09-02|2 September 2007>>'),
        ('Lives', 'Semi-independent supported accommodation, Westbrook (Hartley Court)', 'Legal status', 'Care leaver (former relevant child)'),
        ('Plan status', 'Draft', 'Date of this draft', '<<2026-03-23|23 March 2026>>'),
        ('EHC Coordinator', 'Gareth Lowe, SEND 16-25 Team', 'Personal Adviser', 'Leanne Carter, Westbrook Leaving Care Team'),
        ('Current setting', 'Westbrook College (Level 1 Catering), part-time', 'Proposed from', '<<2026-09-07|7 September 2026>>'),
    ],
    preamble=['This draft amends Kai\'s plan following his annual review on 3 February 2026, when Kai asked to move to a residential '
              'college. Tracked changes from Kai\'s Personal Adviser have not yet been accepted. Kai is 18: Section H1 does not apply.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person',
            ['## In my own words',
             'I\'m Kai. I\'m 18 and I\'m autistic. I was in care from when I was 11, in three foster placements and then a children\'s home. '
             'Now I live at Hartley Court on my own with staff in the office. I wrote this with Gareth and my PA Leanne {+(Personal Adviser)+} '
             'on my laptop at Hartley Court on 2 March 2026.',
             'I love cooking. Proper cooking, not microwave stuff. I watch chef videos all the time and I can do a Sunday roast for six '
             'people. I like gaming, my dog-walking job for my neighbour, and music with no lyrics when I\'m stressed.'],
            ['## What\'s going wrong now',
             'College is too big and too loud. I go in and if someone kicks off or the canteen is rammed, I walk out and then I don\'t '
             'go back for a week. At Hartley Court I don\'t eat properly and my sleep is all over the place. I\'ve had two warnings '
             'about my tenancy because of noise at night when I can\'t sleep and game instead. I don\'t want to lose my flat.'],
            ['## What I want',
             '"I want to go to Thornbury Hall, where they do catering and you live there in the week and learn to cook, shop, pay bills, '
             'all of it. I visited and it was quiet and the staff didn\'t talk to me like a kid."',
             '"I want to be a chef, maybe in a hotel kitchen, and get Level 2 in Professional Cookery."',
             '"I want my own flat that I can actually keep. And I want to be able to deal with my money without getting into debt."',
             '"I want to stop feeling like I\'m going to explode. The therapy is helping a bit."'],
            ['## My history (what I want people to know)',
             'I\'ve moved a lot. Every time I moved I had to start again with new people who read my file before they met me. I got '
             'excluded from my second secondary school in Year 9 after a fight I didn\'t start. I did my GCSEs at the Westbrook Pupil '
             'Referral Unit and that was alright because it was small. I got my EHC plan in Year 10. I want people to meet me first and '
             'read the file after.'],
            ['## How to support me',
             'Tell me straight. Don\'t touch me without asking. If I go quiet, give me space and text me later. Don\'t bring up my family '
             'in front of other people. Give me the plan in writing.'],
            ['## My Personal Adviser\'s view',
             'Leanne Carter said: "Kai is bright, funny and very skilled in the kitchen. He has had a lot of disruption and he needs '
             'consistency and a place where he can practise adult life with a safety net. {+I fully support a residential placement, '
             'with a clear plan for moving back to Westbrook at the end.+}"'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Strengths and attainment',
             'Kai has strong practical and creative skills in cooking; his Level 1 catering practical assessments are all at merit. '
             'He has Functional Skills English at Entry 3 and maths at Level 1. His verbal reasoning is in the average range '
             '(educational psychologist, 2025). He is honest and loyal, and works well with adults he trusts.'],
            ['## Communication and interaction',
             'B1. Kai is autistic. He takes language literally, struggles with implied meaning and sarcasm, and misreads other people\'s '
             'intentions, especially in groups, which can lead to conflict. He finds it hard to ask for help and tends to leave instead.'],
            ['## Cognition and learning',
             'B2. Because of disrupted schooling (four school moves and long periods out of education), Kai has gaps in writing: his '
             'writing is accurate but brief and unstructured (Entry 3). Theory units and written recipes/costings are hard for him.',
             'B3. He has difficulty planning and organising time, money and tasks (executive function), which affects coursework deadlines '
             'and living independently.'],
            ['## Social, emotional and mental health',
             'B4. Kai has experienced significant early trauma. He becomes overwhelmed quickly (noise, crowds, conflict, perceived '
             'criticism) and responds by leaving, shouting or shutting down. He has had no physical incidents at college. He is '
             'engaging in trauma-focused therapy (see C1). The educational psychologist, Dr Owen Price, advises that Kai needs "a small, '
             'predictable environment with a consistent key adult and a clear routine across the whole day, not only in lessons".'],
            ['## Sensory and/or physical',
             'B5. Kai is over-sensitive to noise and crowded spaces and under-responsive to hunger and tiredness cues, which affects eating '
             'and sleep (OT sensory assessment, November 2025).'],
            ['## What the assessments found',
             'Thornbury Hall College assessed Kai over two days in February 2026. In a kitchen of six students he worked calmly for four '
             'hours, followed a written recipe with one prompt and helped another student without being asked. In the residential unit '
             'he cooked for himself and two others, but needed prompting to budget and to stop gaming at 11pm. The college concluded that '
             'Kai\'s needs are best met through a waking-day curriculum in which independent living skills are taught and practised in '
             'the evening, with a consistent key worker. The Westbrook College annual review report records attendance of 61% this year, '
             'with most absence following incidents in the canteen or in large classes. His catering tutor, Mr Paul Hennessy, writes that '
             '"when Kai is in, he is one of the most able cooks in the group".'],
            ['## Preparing for Adulthood',
             'B6. Kai needs to learn to budget, shop, cook to a plan, keep a routine and manage a tenancy; he has had two tenancy warnings.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to his SEN',
            ['C1. Post-traumatic stress symptoms and emotional dysregulation, under the care of the Westbrook Young Adults Mental Health '
             'Service (transferred from CAMHS at 18). He has been offered trauma-focused therapy.',
             'C2. Sleep disturbance (going to sleep after 3am several nights a week).',
             'C3. Asthma, controlled with a preventer and reliever inhaler.']),
        sec('D', 'Section D: The young person\'s social care needs which relate to his SEN or disability',
            ['D1. Kai is a care leaver and is entitled to leaving care support from Westbrook Leaving Care Team, including a Personal '
             'Adviser and a Pathway Plan, until at least 21 (25 if he is in education or asks for support).',
             'D2. A Care Act assessment (Adult Social Care, 14 January 2026) found eligible needs in managing a home, managing nutrition '
             'and accessing education; these needs will be met largely through the residential college\'s waking-day curriculum in term '
             'time, with support at Hartley Court in holidays.',
             'D3. Kai is at risk of losing his tenancy and needs support in the holidays and a plan for housing when he returns from college.']),
        sec('E', 'Section E: Outcomes',
            N('Outcomes are for the end of the two-year residential programme (July 2028) unless stated. Shorter-term targets are set '
              'in the college\'s ISP each half term and reviewed with Kai and his Personal Adviser.'),
            O('E1 Employment (PfA). [[t:By <<2028-07-14|14 July 2028>>]], [[s:I]] [[b:will achieve Level 2 Diploma in Professional Cookery and '
              'complete a 6-week work placement in a commercial kitchen]] [[c:with an attendance of at least 90%]]. Links: A (chef), B2, B3.'),
            O('E2 Independent living (PfA). [[t:By <<2027-07-16|16 July 2027>>]], [[s:I]] [[b:will plan, budget for, shop for and cook my '
              'evening meals]] [[c:on 5 evenings a week for 4 weeks, within a budget of £40 a week, checked by my residential key worker]]. '
              'Links: A, B3, B5, B6.'),
            O('E3 Independent living (PfA). [[t:By <<2028-07-14|14 July 2028>>]], [[s:Kai]] [[b:will manage his own money using a budgeting '
              'app, paying rent and bills on time]] [[c:for 3 consecutive months with no missed payments]]. Links: A (money), B3, D3.'),
            O('E4 Communication and emotional wellbeing. [[t:By <<2027-02-26|26 February 2027>>]], [[s:Kai]] [[b:will use his agreed exit '
              'card and text his key worker instead of leaving college when overwhelmed]] [[c:on at least 4 out of 5 occasions recorded in '
              'his incident log]]. Links: B1, B4.'),
            O('E5 Good health (PfA). [[t:By <<2027-07-16|16 July 2027>>]], [[s:Kai]] [[b:will have a better sleep routine]].', spec=False,
              note='No criterion; "a better sleep routine" is not a concrete behaviour.'),
            O('E6 Community (PfA). [[t:By <<2027-07-16|16 July 2027>>]], [[s:Kai]] [[b:will take part in a community activity of his choice '
              'near the college (for example a running club or volunteering at a food bank)]] [[c:at least once a week for a term]]. Links: A, B1.'),
            ),
        fsec('Section F: Special educational provision',
             ['The residential specialist college named in Section I will provide the following 38 weeks a year for two years from '
              'September 2026, as a 24-hour (waking-day) curriculum. Kai\'s key tutor will co-ordinate it and report to the Leaving Care '
              'Team each half term.'],
             FH('Study programme (B2, B3)'),
             FR('E1', '[[w:Level 1 then Level 2 Professional Cookery study programme in the college training restaurant, with Functional '
                'Skills English (Level 1)]]', 'Qualified catering lecturers', '4 days a week', '20 hours per week', 'Class of no more than 8'),
             FR(None, '[[w:Writing support for theory units and costings: writing frames, voice-to-text, recipe costing templates]]',
                'Learning support assistant (LSA)', '2 x weekly', '45 minutes', '1:1'),
             FR(None, '[[w:Weekly planning session: coursework deadlines, timetable and week ahead on a visual planner]]',
                'Key tutor', 'Weekly (Monday, 9am)', '30 minutes', '1:1'),
             FR('E1', '[[w:Work placement in a commercial kitchen]] with a job coach visiting', 'Job coach', 'Placement of 6 weeks in '
                'year 2; job coach 2 visits a week', '1 hour per visit', '1:1'),
             FH('Communication and interaction; social, emotional and mental health (B1, B4)'),
             FR('E4', '[[w:Exit card and agreed calm space (sensory room) available at all times, with a text to his key worker]]',
                'Key tutor sets up; all staff informed', 'At all times', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Social communication and emotional regulation sessions (Zones of Regulation adapted for adults)]]',
                'Speech and language therapist (SaLT) with the key tutor', 'Weekly', '1 hour', 'Group of up to 4'),
             FS('Key tutor (practising the strategies in catering sessions)', 'Daily, in catering sessions'),
             FR(None, '[[w:Access to the college counsellor]]', 'College counsellor', '!As needed', '!N/A', '!N/A', na='dg', vague=True,
                note='"As needed": no frequency or duration, so not specific (small lapse).'),
             FR(None, '[[w:Trauma-informed practice training for all staff working with Kai]]', 'College clinical psychologist',
                'Once in September 2026 and for new staff', '2 hours', 'Staff team'),
             FH('Sensory (B5)'),
             FR('E2, E4', '[[w:Quiet single room on a small residential unit (no more than 6 students); noise-cancelling headphones; '
                'meals in the unit kitchen rather than the dining hall]]', 'Residential manager', 'At all times', '!N/A', '!N/A', na='dg'),
             FH('Preparing for Adulthood: independent living (B3, B6)'),
             FR('E2, E3', '[[w:Independent living programme in the residential unit: menu planning, shopping, cooking, laundry, budgeting, '
                'bills]]', 'Residential key worker (Level 3 qualified)', '5 evenings a week', '2 hours', '1:1 (first term), then group of up to 3'),
             FR(None, '[[w:Money skills: budgeting app, bank account, paying bills, avoiding debt]]', 'Residential key worker', 'Weekly',
                '1 hour', '1:1'),
             FR('E6', '[[w:Supported access to a community activity of Kai\'s choice]]', 'Residential key worker', 'Weekly', '2 hours', '1:1'),
             FR('E1-E6', '[[w:Transition plan for return to Westbrook (housing, employment, adult services)]]', 'Key tutor with the Personal '
                'Adviser', 'Termly from September 2027', '1 hour', '!Meeting', na='g'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('Agreed in principle by Westbrook and Downs ICB (Designated Clinical Officer, Sarah Okoro) on 16 March 2026, subject to '
              'confirmation of the placement.'),
            V('G1 (C1). [[w:Trauma-focused cognitive behavioural therapy]] from [[who:the college\'s HCPC-registered clinical psychologist, '
              'commissioned by the ICB]], [[f:weekly in term time for 20 sessions]], [[d:50 minutes]], [[g:1:1]]; [[r:progress shared with '
              'the Westbrook Young Adults Mental Health Service at sessions 10 and 20]].'),
            V('G2 (C2). [[w:Sleep review and sleep hygiene plan]] by [[who:the college nurse]], [[f:on admission and then termly]].', na='dg'),
            V('G3 (C3). [[w:Asthma review]] by [[who:the GP practice nurse]] [[f:annually]]; Kai [[w:carries his reliever inhaler]] at all times.', na='dg'),
            V('G4 (C1-C3). [[w:Registration with a GP near the college]] in term time, arranged by [[who:the college nurse]] [[f:in the first week of term]].', na='dg'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('Not applicable. Kai is 18; section 2 of the Chronically Sick and Disabled Persons Act 1970 provision in an EHC plan applies '
              'to under-18s. His social care is set out in H2.'), status='nil'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            V('H2.1 (D1). [[w:Leaving care support: Personal Adviser contact and Pathway Plan review]] by [[who:Leanne Carter, Personal Adviser, '
              'Westbrook Leaving Care Team]]: [[f:visit every 8 weeks, including at college]], with the Pathway Plan [[r:reviewed every 6 months]].', na='dg'),
            V('H2.2 (D2, D3). [[w:Holiday support at Hartley Court: floating support to keep his tenancy, cook and budget]] by [[who:Hartley '
              'Court support worker]], [[f:[[d:{-4-}{+6+} hours a week]]]] during college holidays, [[g:1:1]].'),
            V('H2.3 (D3). [[w:Housing plan for return from college, including a Westbrook housing register application]] by [[who:the Personal '
              'Adviser with Westbrook Housing Options]], [[f:by 31 January 2028]].', na='dg'),
            V('H2.4 (D2). [[w:Review of the Care Act care and support plan]] by [[who:the Adult Social Care Preparing for Adulthood social worker]], '
              '[[f:annually]].', na='dg'),
            ),
        sec('I', 'Section I: Placement', ['Left blank in the draft plan.'], status='blank'),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['Kai has not asked for a personal budget at this stage. He was given information about personal budgets and direct payments '
             'at his annual review. Leaving care entitlements (the setting-up home allowance and the higher-education bursary if relevant) '
             'are managed through his Pathway Plan and are not part of this plan.']),
        sec('K', 'Section K: Advice and information',
            ['1. Kai Donnelly, views, 2 March 2026.', '2. Leanne Carter, Personal Adviser, 2 March 2026.',
             '3. Educational psychologist: Dr Owen Price, 12 November 2025.', '4. Westbrook College annual review report, 3 February 2026.',
             '5. Occupational therapy sensory assessment, Westbrook College Therapy Team, 18 November 2025.',
             '6. Health: Westbrook Young Adults Mental Health Service letter, 9 January 2026; GP summary, 15 January 2026.',
             '7. Social care: Care Act assessment, Adult Social Care, 14 January 2026; Pathway Plan, 20 December 2025.',
             '8. Thornbury Hall College assessment report (offer of a place), 28 February 2026.',
             'All advice has been shared with Kai and, with his consent, with his Personal Adviser. Kai asked that his full care history '
             'is not repeated in this plan; the relevant information is summarised in Sections B, C and D.']),
    ],
    signoff=[('Draft prepared by', 'Gareth Lowe, EHC Coordinator'), ('Draft issued', '<<2026-03-23|23 March 2026>>')],
    faults=[
        dict(kind='vague-provision', section='F', sentence='Access to the college counsellor | College counsellor | As needed | N/A | N/A'),
        dict(kind='outcome-not-smart', section='E', sentence='E5 Good health (PfA). By 16 July 2027, Kai will have a better sleep routine.'),
        dict(kind='unexplained-acronym', section='E', sentence="Shorter-term targets are set in the college's ISP each half term and reviewed with Kai and his Personal Adviser."),
    ],
)
