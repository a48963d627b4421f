from dsl import *

PLAN = dict(
    id='wb04', file='wb04_holly-mae_briggs', child='Holly-Mae Briggs', age=21, status='draft',
    plan_date='2026-05-11', target_grade='outstanding', tc_author='Denise Briggs', tc_date='2026-05-06',
    rationale=("Outstanding (draft). All sections present; I is correctly left blank in the draft. Holly-Mae's voice is "
               "captured through observation, her communication passport and her family's words, with a clear account of how "
               "it was gathered. B describes needs in all four areas with strengths. C lists each health need (epilepsy, "
               "gastrostomy, CVI, posture) and G matches each with named, quantified NHS Continuing Healthcare provision agreed by the "
               "ICB; therapy that teaches is correctly in F. D and H2 set out the Care Act plan; H1 correctly says it does not apply "
               "at 21. Six SMART outcomes, four of them PfA, with six-weekly shorter-term targets. F is fully quantified. The family's "
               "unaccepted tracked changes are visible, as expected in a draft. Small lapse: one F item for hydrotherapy has no "
               "duration."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers; unaccepted tracked changes (w:ins/w:del) from the parent.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan: DRAFT', 16)],
    details=[
        ('Name', 'Holly-Mae Briggs', 'Date of birth', '<<2004-11-27|27 November 2004>>'),
        ('Lives with', 'Denise and Mark Briggs (parents); sister Chloe (17)', 'Communication', 'Facial expression, vocalisation, eye pointing, switches, objects of reference'),
        ('Plan status', 'Draft for consultation', 'Date of this draft', '<<2026-05-11|11 May 2026>>'),
        ('EHC Coordinator', 'Ruth Okonjo, SEND 16-25 Team', 'Responses by', '<<2026-05-26|26 May 2026>> (15 days)'),
        ('Current provision', 'Larkfield Centre (specialist post-19 day provision), 4 days a week', 'Funding', 'Joint: education, NHS Continuing Healthcare, Adult Social Care'),
    ],
    preamble=['This is a draft plan. Holly-Mae\'s parents have added comments as tracked changes, which remain visible until the '
              'final plan is agreed. Section I is left blank in the draft. Holly-Mae is 21, so Section H1 does not apply.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and her family',
            ['## How we found out what Holly-Mae thinks',
             'Holly-Mae does not use words. Ruth Okonjo (EHC Coordinator) spent a morning with her at Larkfield Centre on 21 April 2026 '
             'with her key worker, Jade Foster, and used Holly-Mae\'s communication passport, video clips recorded by staff over four '
             'weeks, and her family\'s knowledge. The statements in the first person below are what the people who know her best '
             'agree her responses tell us; they are marked as such.'],
            ['## About me (from my communication passport)',
             '"I am Holly-Mae. I am 21. I love music, especially live guitar and Ed Sheeran, the swimming pool, lights that move, and '
             'being where the action is. I laugh when people are silly. I don\'t like being rushed, cold water, or being left facing a '
             'wall. When I am happy I smile, kick my legs and vocalise. When I have had enough I turn my head away and go quiet."',
             '{+Holly-Mae is a big sister and adores Chloe, she lights up when Chloe comes home from college.+}'],
            ['## What staff have seen',
             'In music sessions Holly-Mae reaches towards the guitar and vocalises when it stops, asking for more. With a Big Mack switch '
             'she has started to press to restart music, about half the time. She tracks a moving light across about a third of her '
             'visual field. She settles in the hydrotherapy pool within two minutes and stretches her arms out, which she does nowhere else.'],
            ['## Holly-Mae\'s aspirations, as her family describe them',
             'To be part of her community, not hidden away: going to the café, the market, concerts. To keep learning and to show people '
             'what she can do. To stay healthy and comfortable. One day, to live in a home of her own with a team who know her, close '
             'to her family. To have a "job": something useful that she does each week and people thank her for.'],
            ['## Her parents\' views',
             'Denise and Mark said: "Holly-Mae is the heart of our family. She understands far more than people think. We want a '
             'provision that keeps her {-active-}{+learning, not just cared for+}. Her health has to come first, but not instead of her '
             'education. We are worried about the future: we are getting older and need to know what the plan is for her home as an '
             'adult. We need her therapists to work together and to train the staff, not just visit."'],
            ['## History',
             'Holly-Mae has quadriplegic cerebral palsy, epilepsy and cortical visual impairment following a brain injury at birth. '
             'She attended Oakmead Special School until 19 and has attended Larkfield Centre since September 2023. She has been '
             'eligible for NHS Continuing Healthcare since April 2023.'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Strengths',
             'Holly-Mae is sociable and expressive. She shows clear preferences for people, music and activities, anticipates familiar '
             'routines from objects of reference, and responds to her name. She is learning cause and effect with switches. Staff '
             'describe her as "the best audience we have ever had".'],
            ['## Communication and interaction',
             'B1. Holly-Mae communicates through facial expression, vocalisation, body movement and eye pointing. She is at an early '
             'intentional stage (Routes for Learning, March 2026): she acts to make something happen again and is beginning to make '
             'choices between two real objects. She needs a consistent "total communication" approach from everyone who works with her. '
             'The speech and language therapist, Hannah Price, advises: "Wait at least 10 seconds for Holly-Mae to respond; she will."'],
            ['## Cognition and learning',
             'B2. Holly-Mae has profound and multiple learning difficulties. She learns through repetition in consistent routines, '
             'multisensory experiences and cause-and-effect activities. She needs learning broken into very small steps and recorded '
             'carefully so that small progress is noticed (Routes for Learning and the Engagement Model).'],
            ['## Social, emotional and mental health',
             'B3. Holly-Mae becomes distressed with unfamiliar staff, sudden noise or being moved without warning, and shows this by '
             'crying and arching. She needs a warning (touch cue and words) before any move or care routine.'],
            ['## Sensory and/or physical',
             'B4. Holly-Mae has quadriplegic cerebral palsy (GMFCS level V). She cannot change position herself and needs a 24-hour '
             'postural management programme to protect her body shape and comfort. She has limited hand function but can make a '
             'reaching movement with her right arm.',
             'B5. Cortical visual impairment (CVI): she sees best with high-contrast, moving or lit objects presented to her right side '
             'at about 40cm, against a plain background.'],
            ['## Preparing for Adulthood',
             'B6. Holly-Mae needs a meaningful weekly occupation and community participation, choices about her daily life, good health '
             'and a plan for her future home.'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to her SEN',
            ['C1. Epilepsy: tonic-clonic and focal seizures, on average 2-3 a month; prolonged seizures need rescue medication (buccal '
             'midazolam) under her epilepsy care plan.',
             'C2. Nutrition: Holly-Mae is fed entirely by gastrostomy (a tube into her stomach) and is at risk of aspiration; nothing is '
             'given by mouth except tastes approved by the SaLT.',
             'C3. Posture and musculoskeletal: hip subluxation and scoliosis; she needs specialist seating, a sleep system and a standing frame.',
             'C4. Cortical visual impairment (see B5).',
             'C5. Respiratory: she is prone to chest infections and needs suction and positioning after feeds.'],
            ),
        sec('D', 'Section D: The young person\'s social care needs which relate to her SEN or disability',
            ['D1. Holly-Mae needs full support with all personal care, moving and handling (two carers and a hoist), eating and drinking '
             '(via gastrostomy) and safety. Her Care Act assessment (Adult Social Care, 12 January 2026, social worker Jamal Reid) found '
             'eligible needs in all areas.',
             'D2. Her parents provide care at home every evening and weekend, and care at night. They need regular breaks to sustain this.',
             'D3. She needs a plan for a future home of her own (supported living) with her family involved.'],
            ),
        sec('E', 'Section E: Outcomes',
            N('Outcomes are set for the end of the two-year programme (July 2028) with interim steps for July 2027. Shorter-term targets '
              'are set every 6 weeks by her key worker using Routes for Learning and reviewed with Denise and Mark at each 6-weekly '
              'learning review; progress is recorded on video.'),
            O('E1 Communication. [[t:By <<2027-07-16|16 July 2027>>]], [[s:Holly-Mae]] [[b:will choose between two objects of reference by '
              'eye pointing or reaching]] [[c:in 4 out of 5 opportunities across three different staff, recorded on video]]. Links: A, B1.'),
            O('E2 Employment and meaningful occupation (PfA). [[t:By <<2027-07-16|16 July 2027>>]], [[s:Holly-Mae]] [[b:will use a switch to '
              'operate the blender and the till bell in the Larkfield café "Tuesday Smoothie Stall"]] [[c:on at least 3 of 4 stall sessions '
              'each month, with one hand-over-hand prompt or fewer]]. Links: A ("a job"), B2, B4.'),
            O('E3 Friends, relationships and community (PfA). [[t:By <<2027-07-16|16 July 2027>>]], [[s:Holly-Mae]] [[b:will take part in a '
              'community music group (Westbrook Inclusive Music)]] [[c:at least twice a month, staying engaged (smiling, vocalising, reaching) '
              'for at least 20 minutes of the session]]. Links: A (music, community), B3.'),
            O('E4 Good health (PfA). [[t:By <<2027-01-29|29 January 2027>>]], [[s:Holly-Mae]] [[b:will tolerate her standing frame]] '
              '[[c:for 30 minutes on 4 days a week without signs of distress]], as part of her postural care. Links: B4, C3.'),
            O('E5 Independent living (PfA). [[t:By <<2028-07-14|14 July 2028>>]], [[s:Holly-Mae]] [[b:will take part in her personal care '
              'by reaching for her flannel and lifting her arm for dressing when given a touch cue]] [[c:in 4 out of 5 routines, recorded '
              'by her care staff]]. Links: A (own home), B4, D1.'),
            O('E6 Vision and learning. [[t:By <<2027-07-16|16 July 2027>>]], [[s:Holly-Mae]] [[b:will track a lit object across her midline]] '
              '[[c:in 3 out of 4 trials, assessed by the qualified teacher of children and young people with vision impairment (QTVI)]]. '
              'Links: B5.'),
            ),
        fsec('Section F: Special educational provision',
             ['The post-19 provision named in Section I will provide the following for 4 days a week (9.30am to 3.00pm), 38 weeks a year, '
              'for two academic years (2026/27 and 2027/28). Physiotherapy, occupational therapy and speech and language therapy that '
              'teach or train Holly-Mae and her staff are special educational provision and are listed here. The centre manager is '
              'responsible for co-ordinating education, health and care staff through a monthly multi-agency team meeting.'],
             FH('Whole programme'),
             FR('E1-E6', '[[w:Specialist post-19 learning programme based on Routes for Learning and the Engagement Model, with a '
                'personalised timetable of sensory, communication, music, hydrotherapy and community sessions]]',
                'Qualified teacher with PMLD experience, with a trained support worker', '4 days a week', '22 hours per week',
                '{-Group of 6-}{+Group of no more than 5+} learners with 1:1 support staff'),
             FR(None, '[[w:1:1 support from a trained support worker for all learning, personal care and medical procedures]]; two staff for '
                'moving and handling', 'Support worker trained in epilepsy, gastrostomy and moving and handling (competency signed off by the '
                'community nurse)', 'All attendance (4 days a week)', '22 hours per week', '1:1 (2:1 for moving and handling)'),
             FR(None, '[[w:Key worker who knows Holly-Mae well, keeps the home-centre diary and videos progress]]; [[r:6-weekly learning review '
                'with parents]]', 'Key worker (Jade Foster)', 'Daily diary; review every 6 weeks', '!N/A', '1:1', na='d'),
             FH('Communication and interaction (B1)'),
             FR('E1', '[[w:Total communication approach: objects of reference before every activity, touch cues, intensive interaction, '
                '10 seconds\' wait time]]', 'All staff, trained by the SaLT', 'Every activity', '!N/A', '!N/A', na='dg'),
             FR(None, '[[w:Speech and language therapy: developing choice-making, switch use for communication and a communication passport]]',
                'HCPC-registered speech and language therapist (SaLT)', '{-Fortnightly-}{+Weekly+}', '45 minutes', '1:1'),
             FS('Support worker (practice of the SaLT programme, 15 minutes)', 'Daily'),
             FR(None, '[[w:Intensive interaction sessions]]', 'Key worker', 'Daily', '20 minutes', '1:1'),
             FH('Cognition and learning (B2, B5)'),
             FR('E2, E6', '[[w:Cause-and-effect and switch programme (Big Mack, sequencing switches, eye-gaze exploration)]]',
                'Qualified teacher', '3 x weekly', '30 minutes', '1:1'),
             FR(None, '[[w:Vision programme: lit and high-contrast resources presented to the right at 40cm, CVI-friendly environment]]',
                'Support worker following the QTVI programme', 'Daily', '15 minutes', '1:1'),
             FR(None, '[[w:Vision assessment and programme-setting, with training for staff]]',
                'Qualified teacher of children and young people with vision impairment (QTVI), Westbrook Sensory Support', 'Termly',
                '1 hour 30 minutes', '1:1 and staff team'),
             FR('E2', '[[w:Tuesday Smoothie Stall (micro-enterprise) in the centre café]]', 'Qualified teacher and support worker', 'Weekly',
                '1 hour', 'Group of 4 learners'),
             FH('Sensory and/or physical (B4)'),
             FR('E4, E5', '[[w:Physiotherapy programme: passive stretches, standing frame, positioning programme]]',
                'Support worker trained by the physiotherapist', 'Daily', '45 minutes', '1:1'),
             FR(None, '[[w:Physiotherapy review, programme update and staff training]]', 'HCPC-registered physiotherapist, Westbrook Adult '
                'Physiotherapy', 'Monthly', '1 hour', '1:1 and staff team'),
             FR(None, '[[w:Hydrotherapy with a physiotherapy programme]]', 'Support worker trained in hydrotherapy, with 2 staff in the pool',
                'Weekly', '!N/A', '2:1', note='No duration for a therapy session: small lapse.'),
             FR(None, '[[w:Occupational therapy: personal care participation programme (reaching, arm lift on touch cue) and seating review]]',
                'HCPC-registered occupational therapist (OT)', 'Half-termly', '1 hour', '1:1'),
             FH('Social, emotional and mental health (B3)'),
             FR('E3', '[[w:Consistent staff team of no more than 4 named staff; new staff shadow for 3 sessions before working with her]]',
                'Centre manager', 'All attendance', '!N/A', '!N/A', na='dg'),
             FH('Preparing for Adulthood (B6)'),
             FR('E3', '[[w:Community sessions: Westbrook Inclusive Music, café and market visits]]', 'Support worker', '2 x monthly (music) and '
                'weekly (café or market)', '2 hours', '1:1'),
             FR('E1-E6', '[[w:Annual review with a person-centred planning meeting including future living]]', 'Centre manager and '
                'EHC Coordinator', 'Annually', '!N/A', '!N/A', na='dg'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('Holly-Mae\'s health care is funded through NHS Continuing Healthcare (CHC). The following was agreed by the Westbrook and '
              'Downs ICB CHC team (case manager Lisa Barnes) on 2 May 2026.'),
            V('G1 (C1). [[w:Epilepsy care plan, including buccal midazolam given after 5 minutes of a tonic-clonic seizure]], written and '
              '[[r:reviewed every 12 months]] by [[who:the adult epilepsy specialist nurse, Westbrook General Hospital]]; [[w:training for '
              'all centre staff]] [[f:annually]] ([[d:2 hours]]).', na='g'),
            V('G2 (C2, C5). [[w:Gastrostomy care and feeding regime (pump feed at 12 noon, water flushes at 10.30am and 2pm)]], delivered '
              'by [[who:support workers trained and signed off by the community nurse]], [[f:every attendance day]]; [[w:dietetic review]] '
              '[[f:every 3 months]] by [[who:the community dietitian]].', na='dg'),
            V('G3 (C3). [[w:Provision and maintenance of specialist seating, standing frame and sleep system]] by [[who:Westbrook Wheelchair '
              'and Posture Service]], [[f:[[r:reviewed every 6 months]]]].', na='dg'),
            V('G4 (C5). [[w:Chest care: oral suction and positioning after feeds]], by [[who:trained support workers]], [[f:after every feed]]; '
              '[[w:review of respiratory care]] by [[who:the community respiratory physiotherapist]] [[f:every 6 months]].', na='dg'),
            V('G5 (C1-C5). [[w:Annual health check and health action plan]] by [[who:the GP practice learning disability nurse]], '
              '[[f:annually]].', na='dg'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('Not applicable: Holly-Mae is over 18. Her social care is provided under the Care Act 2014 (see H2).'), status='nil'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('From Holly-Mae\'s Care Act care and support plan (Adult Social Care, 12 January 2026).'),
            V('H2.1 (D2). [[w:Overnight short breaks at Birchwood House (adult respite)]] provided by [[who:Westbrook Adult Social Care]], '
              '[[f:{-2-}{+3+} nights a month]], with [[g:1:1]] staffing and waking night cover.', na='d'),
            V('H2.2 (D1, E3). [[w:Personal assistants for community access at weekends]], [[who:two PAs employed through a direct payment]] '
              '([[g:2:1]]), [[f:[[d:5 hours a week]]]] (see J).'),
            V('H2.3 (D3). [[w:Future housing planning: referral to the Westbrook Supported Living panel and a housing needs assessment]] by '
              '[[who:the social worker, Jamal Reid]], [[f:referral by 30 September 2026]].', na='dg'),
            V('H2.4 (D1). [[w:Review of the care and support plan]] by [[who:the social worker]], [[f:annually and after any hospital admission]].', na='dg'),
            ),
        sec('I', 'Section I: Placement', ['(Left blank in the draft plan. The setting will be named in the final plan after consultation.)'], status='blank'),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['Social care: a direct payment of £9,100 a year to Denise Briggs, as Holly-Mae\'s authorised person under the Care Act, to '
             'employ two PAs for 5 hours a week (H2.2). Support from Westbrook Direct Payments Support Service.',
             'Health: Denise and Mark have asked about a personal health budget for hydrotherapy at weekends; the ICB CHC team will '
             'respond by 26 May 2026.',
             'Education: no personal budget requested.']),
        sec('K', 'Section K: Advice and information',
            ['1. Holly-Mae\'s views: observation and communication passport, 21 April 2026.', '2. Denise and Mark Briggs, 21 April 2026.',
             '3. Larkfield Centre report (Jade Foster, key worker; Sam Olorun, centre manager), 14 April 2026.',
             '4. Educational psychologist: Dr Owen Price, 3 March 2026.', '5. Speech and language therapy: Hannah Price, 10 March 2026.',
             '6. Physiotherapy: Westbrook Adult Physiotherapy, 17 March 2026; occupational therapy, 24 March 2026.',
             '7. QTVI: Westbrook Sensory Support, 2 February 2026.',
             '8. Health: adult epilepsy specialist nurse, 5 March 2026; community dietitian, 12 March 2026; CHC assessment, 20 February 2026.',
             '9. Social care: Care Act assessment and care and support plan, Jamal Reid, 12 January 2026.']),
    ],
    signoff=[('Draft prepared by', 'Ruth Okonjo, EHC Coordinator'), ('Draft issued', '<<2026-05-11|11 May 2026>>')],
    faults=[
        dict(kind='vague-provision', section='F', sentence='Hydrotherapy with a physiotherapy programme | Support worker trained in hydrotherapy, with 2 staff in the pool | Weekly | N/A | 2:1'),
    ],
)
