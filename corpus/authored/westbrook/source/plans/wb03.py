from dsl import *

PLAN = dict(
    id='wb03', file='wb03_jordan_pryce', child='Jordan Pryce', age=19, status='final',
    plan_date='2025-11-20', target_grade='outstanding', tc_author='Sunita Rai', tc_date='2025-11-12',
    rationale=("Outstanding. Every section is present; Jordan's own voice runs through A (first person, quotes, how views were "
               "gathered, communication passport). B sets out needs with strengths. C names each health need and G specifies "
               "provision from named services with ICB agreement. D describes the Care Act assessment and H2 specifies the care and "
               "support plan; H1 correctly states it does not apply over 18. Seven SMART outcomes, all but one Preparing for "
               "Adulthood, linked to A and B, with termly shorter-term targets. F is fully quantified (job coach, travel trainer, "
               "tutor, SaLT), J explains the direct payment and Access to Work, K lists education, health and social care advice. "
               "Minor lapse: one F line gives a frequency range for travel-training sessions."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan', 16)],
    details=[
        ('Name', 'Jordan Pryce', 'Date of birth', '<<2006-03-09|9 March 2006>>'),
        ('Lives with', 'Lorraine Pryce (mother) and Callum Pryce (brother, 23)', 'Communication', 'Speech with Makaton signs; communication passport'),
        ('Plan status', 'Final', 'Date of this plan', '<<2025-11-20|20 November 2025>>'),
        ('EHC Coordinator', 'Sunita Rai, SEND 16-25 Team', 'Annual review due by', '<<2026-06-30|30 June 2026>> (early review before the internship ends)'),
        ('Setting', 'Westbrook Works Supported Internship (Westbrook College), host employer St Aldhelm\'s Hospital', 'Adult social care', 'Care Act assessment completed <<2025-04-02|2 April 2025>>'),
    ],
    preamble=['Jordan is a young person aged 19. Section H1 does not apply because he is over 18; his social care is provided under '
              'the Care Act 2014 and is set out in H2. This plan focuses on Preparing for Adulthood: paid work, independent living, '
              'friends and community, and good health.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person',
            ['## How my views were gathered',
             'I talked to Sunita (EHC Coordinator) and my job coach Aaron at the hospital canteen on 4 November 2025. Aaron used my '
             'talking mat with photos of my jobs, and I chose the photos for this page. My mum Lorraine added her views by phone. I '
             'read this back with Aaron and said "yes, that\'s me".'],
            ['## About me',
             'My name is Jordan. I am 19. I have Down syndrome. I live with my mum and my big brother Callum. I love Westbrook Rovers, '
             'dancing, and my drama group on Tuesdays. I am funny. People say I am the friendliest person in the hospital. I know '
             'everybody\'s name in stores.',
             'I am doing a supported internship at St Aldhelm\'s Hospital. I have done the post room and now I am in stores. I push '
             'the trolleys, I check the boxes and I put things on the shelves with the labels. I like stores best because you know '
             'what to do and you can see when it is finished.'],
            ['## My job dream',
             '"I want a real job with a real wage. In stores or portering. I want to wear the uniform and get a pay slip." (Employment)',
             '"I want to get the bus by myself to work every day, even when it is raining." (Independent living)',
             '"When I am 25 I want my own flat with my friend Dean, with staff to help a bit." (Independent living)',
             '"I want to keep going to drama and go to the pub quiz with the Rovers fans." (Community)'],
            ['## Things that help me',
             'Show me first, then let me do it. Use pictures and the task list on my phone. Talk slowly and give me time. Do not '
             'shout. If you cannot understand me, ask me to show you or say it another way; do not pretend. I wear my hearing aids '
             'and I need people to face me.'],
            ['## Things I find hard',
             'Money, because I do not know if I have enough. Phoning people. When my bus does not come. Reading long words. '
             'Remembering my tablets in the morning.'],
            ['## My mum\'s views',
             'Lorraine said: "The internship has changed Jordan. He gets up for work, he talks about his colleagues, he is proud. My '
             'fear is what happens in July when it ends. I want him to have a paid job with the right support, not to sit at home. '
             'I also need him to be safer with money: he gives it away to anyone who asks. His health appointments are a lot for me '
             'to manage and I want him to learn to do more himself."'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Strengths',
             'Jordan is sociable, reliable and highly motivated by work. His host manager in stores, Mrs Denise Hall, says: "Jordan is '
             'never late, he follows the stock rotation exactly, and he lifts everyone\'s mood." He learns routines well when shown, '
             'and he remembers people and places. He reads familiar words and labels and uses a phone competently for photos, music '
             'and messages with voice notes.'],
            ['## Cognition and learning',
             'B1. Jordan has a moderate learning difficulty associated with Down syndrome. He learns best through demonstration and '
             'repetition and needs a new task broken into steps with visual prompts. He reads at about Entry Level 1 and recognises '
             'around 150 familiar words, including workplace signs. He holds information in working memory for short periods only.',
             'B2. Number and money: he counts reliably to 100 and recognises coins and notes but cannot yet check change, work out '
             'whether he has enough money, or budget across a week.'],
            ['## Communication and interaction',
             'B3. Jordan\'s expressive speech is not always clear to unfamiliar listeners, especially on the phone or in noise '
             '(speech and language therapist Adele Marsh, September 2025). He uses Makaton signs and gestures to support speech. He '
             'understands short, familiar instructions but can miss multi-part spoken instructions, particularly if he is not facing '
             'the speaker (see C3).',
             'B4. Jordan is very friendly and will talk to anyone. He finds it hard to judge workplace boundaries (for example hugging '
             'colleagues) and to recognise when someone is taking advantage of him.'],
            ['## Social, emotional and mental health',
             'B5. Jordan is generally happy and confident. When routines change without warning, or when he is criticised in front of '
             'others, he can become upset and refuse to continue. He needs support to name his feelings and to ask for help.'],
            ['## Sensory and/or physical',
             'B6. Jordan has low muscle tone and tires on long walks and with repetitive lifting. He has a mild bilateral conductive '
             'hearing loss and wears hearing aids (see C3).'],
            ['## Preparing for Adulthood',
             'B7. Employment: he has the skills for entry-level stores work with a job coach, and needs support to move to paid work.',
             'B8. Independent travel: he travels to the hospital by bus with a travel trainer and has not yet managed the route alone.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to his SEN',
            ['C1. Hypothyroidism, treated with levothyroxine 75 micrograms taken each morning. Jordan relies on his mother to remember it. '
             'Untreated, it makes him tired and slower to learn.',
             'C2. Congenital heart condition (atrioventricular septal defect), repaired in infancy. He has annual cardiology review and no '
             'restrictions on activity; he should not do heavy lifting above 15kg.',
             'C3. Mild bilateral conductive hearing loss; bilateral hearing aids.',
             'C4. As an adult with a learning disability, Jordan is entitled to an annual health check from his GP and a health action plan.'],
            ),
        sec('D', 'Section D: The young person\'s social care needs which relate to his SEN or disability',
            ['D1. Jordan had a Care Act assessment by Adult Social Care (Preparing for Adulthood Team, social worker Tom Ellery) on '
             '2 April 2025. He has eligible needs in: managing and maintaining nutrition; developing and maintaining family or other '
             'personal relationships; accessing and engaging in work, training and education; and making use of necessary facilities '
             'or services in the local community.',
             'D2. He is vulnerable to financial exploitation and needs support to keep his money safe.',
             'D3. His mother is his main carer and has had a carer\'s assessment (April 2025).'],
            ),
        sec('E', 'Section E: Outcomes',
            N('The outcomes below run to the end of the internship (July 2026) and beyond. Shorter-term targets are set with Jordan in his '
              'internship learning plan every 6 weeks (at the end of each rotation) by his job coach and tutor, and shared with Lorraine.'),
            O('E1 Employment (PfA). [[t:By <<2026-09-30|30 September 2026>>]], [[s:Jordan]] [[b:will be in paid employment]] '
              '[[c:of at least 16 hours a week]], with job coach support as needed at the start. Links: A (real job), B7.',
              note='"with job coach support as needed" is context, not the criterion; counted as SMART.'),
            O('E2 Employment (PfA). [[t:By <<2026-03-31|31 March 2026>>]], [[s:I]] [[b:will complete my stores shift tasks (checking '
              'deliveries against the picture list, stocking shelves, rotating stock)]] [[c:with no more than two prompts in a 4-hour '
              'shift, for 4 weeks in a row, recorded in my job coach log]]. Links: B1, B7.'),
            O('E3 Independent living (PfA). [[t:By <<2026-02-27|27 February 2026>>]], [[s:I]] [[b:will travel by bus from home to the '
              'hospital and back on my own, including what to do if the bus does not come]] [[c:on 10 days in a row, signed off by the '
              'travel trainer]]. Links: A (bus by myself), B8.'),
            O('E4 Communication. [[t:By <<2026-04-30|30 April 2026>>]], [[s:I]] [[b:will tell my manager when I am ill or late by phone or '
              'message using my script]] [[c:every time it is needed, checked over one half term]]. Links: B3, B5.'),
            O('E5 Independent living, money (PfA). [[t:By <<2026-07-17|17 July 2026>>]], [[s:Jordan]] [[b:will pay for his lunch and bus '
              'ticket from a weekly budget on his bank card and check his balance on the app]] [[c:independently on 4 out of 5 working '
              'days]]. Links: A (own flat), B2, D2.'),
            O('E6 Good health (PfA). [[t:By <<2026-06-30|30 June 2026>>]], [[s:I]] [[b:will take my thyroid tablet myself using my phone '
              'alarm and blister pack]] [[c:on at least 6 out of 7 days, checked by my mum with the tick chart]], and go to my annual '
              'health check. Links: C1, C4.'),
            O('E7 Friends, relationships and community (PfA). [[t:By <<2026-07-31|31 July 2026>>]], [[s:Jordan]] [[b:will meet a friend '
              'or go to a community activity of his choice outside drama]] [[c:at least once a week, arranging it himself with his PA]]. '
              'Links: A (pub quiz, drama), B4, D1.'),
            ),
        fsec('Section F: Special educational provision',
             ['Westbrook College (Westbrook Works Supported Internship) will provide the following from 1 September 2025 to 17 July 2026, '
              'on site at St Aldhelm\'s Hospital, 4 days a week (Monday to Thursday, 9.30am to 2.30pm). The internship lead, Olivia Grant, '
              'is responsible for co-ordinating the provision and for liaison with adult social care and health.'],
             FH('Preparing for Adulthood: employment (B1, B5, B7)'),
             FR('E1, E2', '[[w:Supported internship: three 10-week work rotations in the hospital (post room, stores, portering) with '
                'systematic instruction]]', 'Job coach (Aaron Whitlock, trained in systematic instruction)', '4 days a week', '5 hours a day',
                '1 job coach to 3 interns'),
             FR(None, '[[w:Job coaching on site: task analysis of each new job, picture task list on his phone, fading of prompts]]; '
                '[[r:prompt level recorded daily in the job coach log and reviewed every 6 weeks]]', 'Job coach', 'Daily during shifts',
                '1 hour a day', '1:1'),
             FS('Workplace mentor (Mrs Denise Hall, stores manager, briefed by the job coach)', 'Daily check-in at start of shift'),
             FR(None, '[[w:Employability classroom sessions: workplace rules, health and safety, boundaries at work, what to do when '
                'things change]]', 'Supported internship tutor (qualified FE teacher)', 'Daily, before shift', '45 minutes',
                'Group of up to 8 interns'),
             FR('E1', '[[w:Job search support: vacancy matching, application and interview practice, and referral to Access to Work for '
                'a job coach in paid employment]]', 'Employment officer, Westbrook Works', 'Weekly from March 2026', '1 hour', '1:1'),
             FR(None, '[[w:Support in the first 12 weeks of paid work (after the internship ends) through the council supported '
                'employment service]]', 'Job coach, Westbrook Supported Employment Service', '2 visits a week, reducing to 1 a week after 6 weeks',
                '1 hour', '1:1', note='Tapering schedule is quantified, so counted as a frequency.'),
             FH('Communication and interaction (B3, B4)'),
             FR('E4', '[[w:Speech and language therapy: phone and message scripts, repair strategies, clear speech in noise]]',
                'HCPC-registered speech and language therapist (SaLT), Westbrook College Therapy Team', 'Fortnightly', '45 minutes', '1:1'),
             FR(None, '[[w:Communication passport shared with every new rotation manager]]', 'Job coach', 'At the start of each rotation',
                '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Relationships and boundaries programme (Circles approach), including online safety]]',
                'Supported internship tutor', 'Weekly', '1 hour', 'Group of up to 6'),
             FH('Cognition and learning (B1, B2)'),
             FR('E5', '[[w:Functional maths, Entry Level 1-2, focused on money, wages and using a banking app]]',
                'Supported internship tutor', '2 x weekly', '45 minutes', 'Group of up to 8'),
             FR(None, '[[w:Practice in real settings: buying lunch in the hospital shop, checking change]]', 'Job coach', 'Daily',
                '15 minutes', '1:1'),
             FR(None, '[[w:English and reading of workplace vocabulary, signs and forms]]', 'Supported internship tutor', 'Weekly',
                '45 minutes', 'Group of up to 8'),
             FH('Social, emotional and mental health (B5)'),
             FR('E2, E4', '[[w:Advance notice of rota or staff changes using his visual rota]], with a private (not public) conversation '
                'about mistakes', 'Job coach and workplace mentor', 'At least 1 day before each change', '!N/A', '!N/A', na='dg'),
             FH('Sensory and/or physical (B6)'),
             FR('E2', '[[w:Adjusted workload: maximum lift of 15kg, trolley use for all deliveries, 10-minute seated break every 2 hours]]',
                'Workplace mentor, monitored by the job coach', 'Every shift', '!N/A', '!N/A', na='dg'),
             FH('Preparing for Adulthood: independent living (B8)'),
             FR('E3', '[[w:Independent travel training, home to St Aldhelm\'s Hospital (bus 17), including what to do if the bus is late '
                'or cancelled]]; [[r:signed off after 10 independent journeys]]', 'Travel trainer, Westbrook Independent Travel Training Team',
                '!3-4 sessions a week until signed off', '1 hour 30 minutes', '1:1',
                note='Frequency given as a range (3-4 a week) so not a frequency; duration given, counted. Small lapse.'),
             FR('E1-E7', '[[w:Person-centred review, brought forward to June 2026 to plan the move into paid work]]',
                'Internship lead and EHC Coordinator', 'By 30 June 2026', '!N/A', '!N/A', na='dg'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('Agreed by Westbrook and Downs Integrated Care Board Designated Clinical Officer, Sarah Okoro, on 14 November 2025.'),
            V('G1 (C1, E6). [[w:Levothyroxine 75 micrograms]] prescribed by [[who:the GP, Dr Fiona Clarke, Ashdown Surgery]], taken [[f:every morning]]; '
              'the GP practice pharmacist will provide a [[w:dated blister pack]] from December 2025.', na='dg'),
            V('G2 (C1). [[w:Thyroid blood test and medication review]] by [[who:the GP]], [[f:every 12 months]].', na='dg'),
            V('G3 (C2). [[w:Adult congenital heart disease review]] by [[who:the cardiology team, Westbrook General Hospital]], [[f:annually '
              '(next due March 2026)]].', na='dg'),
            V('G4 (C3). [[w:Hearing aid review and maintenance]] by [[who:Westbrook Adult Audiology]], [[f:annually]], with replacement batteries '
              'posted every 3 months.', na='dg'),
            V('G5 (C4, E6). [[w:Learning disability annual health check and health action plan in easy read]] by [[who:the GP practice '
              '(learning disability nurse, Kim Dalton)]], [[f:once a year (next by 31 January 2026)]], [[d:45-minute]] appointment.', na='g'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('Not applicable. Section H1 applies only to children and young people under 18. Jordan is 19; his social care is provided '
              'under the Care Act 2014 and is set out in H2.'), status='nil'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('From Jordan\'s Care Act care and support plan (Adult Social Care, 2 April 2025), reviewed annually by his social worker.'),
            V('H2.1 (D1, E7). [[w:Personal assistant (PA) to support Jordan in community activities of his choice (drama, football, '
              'pub quiz) and to build friendships]]. [[who:PA employed through a direct payment (see J)]]. [[f:[[d:6 hours a week]]]], [[g:1:1]].'),
            V('H2.2 (D1, D2, E5). [[w:Money management support: setting up a weekly budget and a pre-paid card with his mother as '
              'appointee]]. [[who:Westbrook Money Advice Service (learning disability worker)]]. [[f:Fortnightly for 12 weeks from January 2026]], '
              '[[d:1 hour]], [[g:1:1]].'),
            V('H2.3 (D1). [[w:Review of the care and support plan]] by [[who:the Adult Social Care social worker, Tom Ellery]], [[f:annually, '
              'next by April 2026]], including planning for future supported living.', na='dg'),
            V('H2.4 (D3). [[w:Carer\'s support for Lorraine: carer\'s break]] funded as a [[f:one-off]] payment of £400 a year by '
              '[[who:Westbrook Carers Hub]].', na='dg', note='Frequency "one-off ... a year" read as annual; arguable.'),
            ),
        sec('I', 'Section I: Placement',
            ['Westbrook College (post-16 institution), supported internship programme "Westbrook Works", delivered at St Aldhelm\'s '
             'Hospital, Westbrook. 1 September 2025 to 17 July 2026.']),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['Social care: Jordan has a personal budget of £5,460 a year, paid as a direct payment to Lorraine Pryce as his nominated '
             'person, to employ a personal assistant for 6 hours a week (H2.1). Payroll support is from Westbrook Direct Payments '
             'Support Service. This supports outcome E7.',
             'Employment: when Jordan starts paid work, the supported employment service will help him apply to Access to Work for '
             'job coach funding; this is not part of the council budget.',
             'Education and health: no personal budget requested.']),
        sec('K', 'Section K: Advice and information',
            ['1. Jordan Pryce, views, 4 November 2025.', '2. Lorraine Pryce, views, 5 November 2025.',
             '3. Educational: Olivia Grant, internship lead, and Aaron Whitlock, job coach, Westbrook College, 30 October 2025.',
             '4. Speech and language therapy: Adele Marsh, Westbrook College Therapy Team, 22 September 2025.',
             '5. Educational psychologist: Dr Helen Ashworth, 8 January 2025.',
             '6. Health: Dr Fiona Clarke (GP) summary, 10 October 2025; Westbrook Adult Audiology, 2 June 2025; cardiology letter, 14 March 2025.',
             '7. Social care: Care Act assessment and care and support plan, Tom Ellery, Adult Social Care, 2 April 2025; carer\'s assessment, April 2025.',
             '8. Host employer: Denise Hall, stores manager, St Aldhelm\'s Hospital, 28 October 2025.']),
    ],
    signoff=[('Signed on behalf of Westbrook Borough Council', 'Sunita Rai, EHC Coordinator'), ('Date issued', '<<2025-11-20|20 November 2025>>')],
    faults=[
        dict(kind='vague-provision', section='F', sentence='3-4 sessions a week until signed off'),
    ],
)
