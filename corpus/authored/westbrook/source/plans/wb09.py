from dsl import *

PLAN = dict(
    id='wb09', file='wb09_marcus_bell', child='Marcus Bell', age=23, status='draft',
    plan_date='2026-07-06', target_grade='requires_improvement', tc_author='Ruth Okonjo', tc_date='2026-07-02',
    rationale=("Requires improvement (draft). Sections are all present, I is correctly blank and H1 correctly says it does not apply "
               "at 23. Marcus's voice and aspirations are in A and B describes his needs well. But speech and language therapy, "
               "occupational therapy and physiotherapy that retrain skills are placed in G rather than F; several F items are "
               "unquantified ('up to', 'as required', 'interventions', 'opportunities'); two of six outcomes are not SMART and one is "
               "provision in disguise; D records an unfinished Care Act assessment and H2 only says the outcome is awaited; K has no "
               "social care advice; 'ABI' is never explained. Tracked changes from the caseworker remain unaccepted."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers; unaccepted tracked changes.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan: DRAFT', 16)],
    details=[
        ('Name', 'Marcus Bell', 'Date of birth', '<<2003-02-11|11 February 2003>>'),
        ('Lives with', 'Parents, Andrea and Steve Bell', 'Communication', 'Spoken English; uses a phone for reminders'),
        ('Plan status', 'Draft', 'Date of this draft', '<<2026-07-06|6 July 2026>>'),
        ('EHC Coordinator', 'Ruth Okonjo, SEND 16-25 Team', 'Responses by', '<<2026-07-21|21 July 2026>>'),
        ('Current setting', 'Ridgeway College (independent specialist post-19 provider), day student', 'Plan first issued', '<<2021-06-01|1 June 2021>>'),
    ],
    preamble=['This draft plan follows Marcus\'s annual review on 9 June 2026. Marcus is a young person aged 23; he has asked to '
              'continue at Ridgeway College for a final year to prepare for work. Tracked changes have not yet been accepted.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and his parents',
            ['## My views',
             'I\'m Marcus. I was in a car crash when I was 17, just before my A levels. I had a bad head injury and I was in hospital for '
             'four months and then in rehab. Before the crash I wanted to be a PE teacher. Now I have to do things differently. My '
             'memory is the big thing: if I don\'t write it in my phone it\'s gone. I get tired really quickly and I sometimes say things '
             'without thinking, which has lost me a few friends.',
             'I like football (I support Westbrook Rovers and I help coach the under-9s with my dad on Saturdays), the gym, and music. '
             'I\'m good with kids and I\'m good at encouraging people.'],
            ['## My story since the accident',
             'After hospital I went to the Ashcombe Brain Injury Rehabilitation Unit for six months. I had to learn to walk properly '
             'again and to remember things like what day it is. I tried to go back to sixth form in 2021 but I couldn\'t keep up and I '
             'kept forgetting where my lessons were. Then I got my EHC plan and went to Ridgeway, which is a college for people with '
             'brain injuries and other disabilities. At first I hated it because I thought it wasn\'t for people like me. Now I get it. '
             'I have done Functional Skills, the Sports Leader award, travel practice and loads of cooking. I did a work placement at a '
             'garden centre last year but it didn\'t go well because I said some things to customers that I thought were jokes.'],
            ['## A typical week',
             'Monday, Wednesday and Friday I go to Ridgeway. My mum drops me off on her way to work. Tuesday and Thursday I\'m at home. '
             'I go to the gym on my own because it\'s round the corner, and I have a routine on my phone. Saturday I help coach the '
             'under-9s with my dad. Sunday I see my girlfriend, Leah. The days at home are boring and I end up on my Xbox too much.'],
            ['## What I want',
             '"I want a job. A real one. Something with sport, like working at the leisure centre on reception or helping with the kids\' '
             'sessions." "I want to get the bus to the leisure centre by myself." "I want my own place one day, maybe a flat with '
             'support. I\'m 23, I don\'t want to live with my mum and dad forever." "I want to get my confidence back."'],
            ['## What I find hard',
             'Remembering. Being tired all the time. When plans change last minute. Knowing when I\'ve gone too far with a joke. '
             'Watching my mates from school go to uni and get jobs and cars while I\'m still at college. Some days that really gets '
             'to me.'],
            ['## What helps me',
             'My phone calendar with alarms. A notebook. Being told things one at a time. A break every hour. People being honest with me '
             'if I\'ve said something wrong, but not in front of everyone.'],
            ['## My parents\' views',
             'Andrea and Steve said: "Marcus has worked so hard. Ridgeway has helped his memory strategies and his confidence. What he '
             'needs now is a proper route into work, with someone alongside him, and support to be more independent at home and in the '
             'community. We are both still working and we worry that when college ends he will be at home on his own all day. We '
             'asked for a Care Act assessment in January and we still do not have an outcome. We also want the college and the '
             'therapists to keep working together, because when the speech therapist and the job coach talked to each other last year, '
             'Marcus made his best progress. We would like Marcus to have someone to do things with on the days he is at home, so that '
             'he is not isolated, and we would like to know how long Ridgeway can continue and what happens after that."'],
            ['## How views were gathered',
             'Marcus met Ruth Okonjo and his Ridgeway key worker, Femi Adeyemi, at the annual review on 9 June 2026 and wrote his views '
             'in his own words on his laptop beforehand.'],
            ),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Strengths',
             'Marcus is motivated, sociable and encouraging to others. His reading and spoken vocabulary are good (average range). He '
             'uses his phone effectively for reminders once a routine is set up. He has completed the Level 1 Sports Leader award and '
             'volunteers with a children\'s football team.'],
            ['## Cognition and learning',
             'B1. Following his ABI in 2020, Marcus has significant difficulties with memory (particularly learning and recalling new '
             'information), slowed processing speed, and attention (neuropsychology report, Dr Clare Whitmore, March 2025). He forgets '
             'appointments and instructions unless they are written down, and he needs tasks repeated and practised to learn them.',
             'B2. Marcus has difficulties with executive function: planning, organising, starting tasks and problem-solving when '
             'something unexpected happens. This affects travel, work and independent living.'],
            ['## Communication and interaction',
             'B3. Marcus has mild word-finding difficulties and can lose track in group conversations. He sometimes interrupts, talks at '
             'length or makes comments that others find inappropriate (disinhibition), which has affected friendships and his work '
             'experience placement in 2025.'],
            ['## Social, emotional and mental health',
             'B4. Marcus has experienced low mood and frustration about the changes in his life since the injury. He is aware of his '
             'difficulties and this can make him anxious in new situations. He has had counselling in the past.'],
            ['## Sensory and/or physical',
             'B5. Marcus has weakness on his left side (mild left hemiparesis) and reduced balance, which affects walking on uneven '
             'ground and fine motor tasks with his left hand. He has marked fatigue, particularly in the afternoons.'],
            ['## Summary of the neuropsychology advice',
             'Dr Clare Whitmore (clinical neuropsychologist) assessed Marcus in March 2025. His verbal reasoning is in the average range '
             'but his verbal and visual memory are in the impaired range (below the 2nd centile), and his processing speed is in the low '
             'average range. Tests of executive function show difficulty with planning, flexibility and inhibition. Dr Whitmore writes: '
             '"Marcus is unlikely to recover memory function to pre-injury levels; the focus should be on compensatory strategies, '
             'errorless learning and structured environments. With the right support he has the potential to sustain part-time '
             'employment." She also notes that fatigue significantly worsens all of his difficulties and recommends that activities '
             'are planned with rest breaks and that demanding tasks are scheduled for the morning.',
             '## Summary of the therapy reports',
             'The Ridgeway speech and language therapist reports that Marcus\'s word-finding has improved and that he now uses '
             'circumlocution effectively, but that he still struggles to monitor his own conversation and to notice the reactions of '
             'others. The occupational therapist reports progress in kitchen safety and in using checklists, but Marcus still needs '
             'prompting to start tasks. The physiotherapist reports improved balance, and recommends continuing a strengthening '
             'programme to reduce the risk of falls.'],
            ['## Preparing for Adulthood',
             'B6. Employment: Marcus has clear interests (sport, working with children, customer service) and relevant experience as a '
             'volunteer coach, but his memory, fatigue and disinhibition mean he needs a job coach and a structured, predictable role. '
             'He has not yet had a successful work placement. B7. Independent living: he can make simple meals and hot drinks, but '
             'needs prompting to plan and start tasks, and has not yet managed a weekly budget. B8. Travel: he walks to local places '
             'but has not yet travelled by bus alone since his injury; he gets anxious when routes change. B9. Community: he has a '
             'girlfriend and a small group of friends from football, but has lost contact with most school friends.'],
            ['## Summary of Ridgeway College advice',
             'Ridgeway College reports that Marcus has made good progress with memory strategies, now using his phone calendar '
             'independently for daily tasks, and has achieved Functional Skills English Level 1. His work experience at a garden centre '
             'in 2025 ended early after complaints about comments to customers. His tutor, Femi Adeyemi, writes: "Marcus needs a highly '
             'structured work placement with a job coach who can give immediate feedback on social behaviour, and a clear plan to '
             'move into supported employment."'],
            ),
        sec('C', 'Section C: The young person\'s health needs which relate to his SEN',
            ['C1. Acquired brain injury with left hemiparesis, fatigue and cognitive difficulties (see B). He is under the Westbrook '
             'Community Neuro-Rehabilitation Team.',
             'C2. Post-traumatic epilepsy: Marcus had two seizures in 2022 and has been seizure-free since starting medication '
             '(levetiracetam), which he takes twice daily.',
             'C3. Low mood; Marcus is on the waiting list for Westbrook Talking Therapies.',
             'Marcus\'s GP reports that Marcus takes his medication reliably using his phone alarms and a dosette box filled by his '
             'mother. He has not had a seizure since 2022 and is not allowed to drive until his neurologist advises otherwise, which '
             'Marcus finds difficult to accept.']),
        sec('D', 'Section D: The young person\'s social care needs which relate to his SEN or disability',
            ['Marcus\'s parents requested a Care Act assessment in January 2026. The assessment has {-not been allocated-}{+been allocated '
             'to a social worker but is not yet complete+}. Marcus needs prompting with cooking, budgeting and managing his time at home, '
             'and cannot yet travel independently. His parents both work full-time. Marcus is at home alone on two days a week and '
             'his parents report that on these days he often does not eat a proper meal and does not leave the house except for the '
             'gym. Andrea has reduced her hours at work to manage Marcus\'s appointments. Marcus wants to live independently with '
             'support in the future.']),
        sec('E', 'Section E: Outcomes',
            O('E1 Employment (PfA). [[t:By <<2027-07-16|16 July 2027>>]], [[s:Marcus]] [[b:will complete a 12-week work placement at Westbrook '
              'Leisure Centre (reception and junior activity sessions)]] [[c:attending at least 90% of shifts]]. Links: A, B1-B3.'),
            O('E2. [[s:Marcus]] [[b:will continue to improve his memory]].', spec=False, note='Vague; no criterion or date.'),
            O('E3 Independent living (PfA). [[t:By <<2027-03-31|31 March 2027>>]], [[s:Marcus]] [[b:will plan and cook a main meal at home '
              'from a recipe on his phone]] [[c:twice a week with no more than one prompt, confirmed by his parents]]. Links: A, B2.'),
            O('E4. Marcus will receive {-weekly-}{+fortnightly+} travel training to get to work.', prov=True,
              note='Provision in disguise; no date.'),
            O('E5 Communication. [[t:By <<2027-02-26|26 February 2027>>]], [[s:Marcus]] [[b:will use his agreed "pause and check" strategy in '
              'conversations at his placement]] [[c:so that his job coach records no more than one inappropriate comment a week over '
              '6 weeks]]. Links: B3.'),
            O('E6. [[s:Marcus]] [[b:will be more confident]].', spec=False, note='Vague, aspiration-like; no criterion or date.'),
            ),
        fsec('Section F: Special educational provision',
             ['Ridgeway College will provide the following in the 2026/27 academic year (3 days a week, 36 weeks):'],
             FH('Cognition and learning (B1, B2)'),
             FR('E1, E3', '[[w:Study programme: work skills, independent living and Functional Skills maths]]', 'Ridgeway College tutors',
                '3 days a week', '15 hours per week', 'Group of up to 6'),
             FR(None, 'Cognitive rehabilitation interventions', '!Ridgeway staff', '!Regularly', '!N/A', '!N/A', vague=True,
                note='"interventions", "regularly": no what, who or amount.'),
             FR(None, '[[w:Memory and planning strategies: phone calendar, checklists, "goal management training"]] embedded in all sessions',
                'Tutors, following the neuropsychologist\'s advice', 'Every session', '!N/A', '!N/A', na='dg'),
             FR(None, '1:1 support', 'Learning support assistant', '!Up to 2 hours daily', '!N/A', '1:1', vague=True,
                note='"Up to" is not a definite amount.'),
             FS('Key worker (Femi Adeyemi)', 'Weekly review meeting'),
             FH('Communication and interaction (B3)'),
             FR('E5', '[[w:Social skills group]]', '!Staff', 'Weekly', '1 hour', '!Small group', vague=True, note='No role, no size.'),
             FH('Social, emotional and mental health (B4)'),
             FR(None, '[[w:Access to the college counsellor]] as required', 'College counsellor', '!As required', '!N/A', '!N/A', vague=True),
             FH('Preparing for Adulthood (B2, B5)'),
             FR('E1', '[[w:Supported work placement at Westbrook Leisure Centre]] with a job coach', 'Job coach', '2 days a week for 12 weeks from '
                'January 2027', '4 hours a day', '1:1 (job coach)'),
             FR(None, 'Opportunities for further work experience', '!N/A', '!N/A', '!N/A', '!N/A', vague=True),
             FR('E3', '[[w:Independent living sessions in the college flat: meal planning, cooking, budgeting]]', 'Independent living tutor',
                'Weekly', '2 hours', 'Group of up to 4'),
             FR('E4', '[[w:Travel training]] home to the leisure centre', 'Travel trainer, Westbrook Independent Travel Training Team',
                '{-Weekly-}{+Fortnightly+}', '!N/A', '1:1', note='No session length.'),
             FR('E1-E6', '[[w:Annual review]]', 'Key worker and EHC Coordinator', 'By <<2027-06-11|11 June 2027>>', '!N/A', '!N/A', na='dg'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            V('G1 (B3). [[w:Speech and language therapy]] to work on word-finding and social communication, by [[who:the Ridgeway speech and '
              'language therapist]], [[f:weekly]], [[d:45 minutes]], [[g:1:1]].', note='Therapy that trains: belongs in F.'),
            V('G2 (B2, B5). [[w:Occupational therapy]] for executive function in daily living and left-hand function, by [[who:the Ridgeway '
              'occupational therapist]], [[f:fortnightly]], [[d:1 hour]], [[g:1:1]].', note='Therapy that trains: belongs in F.'),
            V('G3 (B5). [[w:Physiotherapy]] for balance and left-side strength, by [[who:the Ridgeway physiotherapist]], [[f:weekly]], '
              '[[d:45 minutes]], [[g:1:1]].', note='Therapy that trains: belongs in F.'),
            V('G4 (C2). [[w:Epilepsy review]] by [[who:the adult neurology team, Westbrook General Hospital]], [[f:annually]].', na='dg'),
            V('G5 (C3). [[w:Talking therapy for low mood]] by [[who:Westbrook Talking Therapies]] when Marcus reaches the top of the waiting list.',
              na='dg', note='No frequency.'),
            ),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('Not applicable: Marcus is over 18.'), status='nil'),
        sec('H2', 'Section H2: Any other social care provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('Awaiting outcome of Care Act assessment.'), status='placeholder'),
        sec('I', 'Section I: Placement', ['Left blank in the draft plan.'], status='blank'),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['Marcus and his parents have asked about a personal budget for a personal assistant to support community access. This will '
             'be considered once the Care Act assessment is complete. The educational provision at Ridgeway College is funded by '
             'Westbrook Borough Council through a high-needs placement agreement (day placement, 3 days a week). No education personal '
             'budget has been requested. Marcus\'s parents asked whether a personal health budget could fund gym sessions with a '
             'trainer experienced in brain injury; they have been given the ICB contact details to make this request. Marcus was given '
             'an easy-read leaflet about direct payments at the annual review.']),
        sec('K', 'Section K: Advice and information',
            ['1. Marcus Bell, views, June 2026.', '2. Andrea and Steve Bell, views, 9 June 2026.',
             '3. Ridgeway College annual review report, Femi Adeyemi, 2 June 2026.',
             '4. Neuropsychology report, Dr Clare Whitmore, Westbrook Community Neuro-Rehabilitation Team, 18 March 2025.',
             '5. Ridgeway College therapy reports (speech and language therapy, occupational therapy, physiotherapy), May 2026.',
             '6. GP summary, Dr Paul Quentin, 20 May 2026.',
             'Social care advice was requested from Adult Social Care on 12 May 2026 and had not been received when this draft was '
             'prepared.']),
    ],
    signoff=[('Draft prepared by', 'Ruth Okonjo, EHC Coordinator'), ('Draft issued', '<<2026-07-06|6 July 2026>>')],
    faults=[
        dict(kind='therapy-in-health-section', section='G', sentence='G1 (B3). Speech and language therapy to work on word-finding and social communication, by the Ridgeway speech and language therapist, weekly, 45 minutes, 1:1.'),
        dict(kind='therapy-in-health-section', section='G', sentence='G2 (B2, B5). Occupational therapy for executive function in daily living and left-hand function, by the Ridgeway occupational therapist, fortnightly, 1 hour, 1:1.'),
        dict(kind='therapy-in-health-section', section='G', sentence="G3 (B5). Physiotherapy for balance and left-side strength, by the Ridgeway physiotherapist, weekly, 45 minutes, 1:1."),
        dict(kind='vague-provision', section='F', sentence='Cognitive rehabilitation interventions | Ridgeway staff | Regularly | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='1:1 support | Learning support assistant | Up to 2 hours daily | N/A | 1:1'),
        dict(kind='vague-provision', section='F', sentence='Social skills group | Staff | Weekly | 1 hour | Small group'),
        dict(kind='vague-provision', section='F', sentence='Access to the college counsellor as required | College counsellor | As required | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Opportunities for further work experience | N/A | N/A | N/A | N/A'),
        dict(kind='vague-provision', section='G', sentence='G5 (C3). Talking therapy for low mood by Westbrook Talking Therapies when Marcus reaches the top of the waiting list.'),
        dict(kind='outcome-not-smart', section='E', sentence='E2. Marcus will continue to improve his memory.'),
        dict(kind='outcome-not-smart', section='E', sentence='E6. Marcus will be more confident.'),
        dict(kind='outcome-is-provision', section='E', sentence='E4. Marcus will receive fortnightly travel training to get to work.'),
        dict(kind='social-care-need-no-provision', section='H2', sentence='Awaiting outcome of Care Act assessment.'),
        dict(kind='no-health-or-social-care-advice', section='K', sentence='Social care advice was requested from Adult Social Care on 12 May 2026 and had not been received when this draft was prepared.'),
        dict(kind='unexplained-acronym', section='B', sentence='B1. Following his ABI in 2020, Marcus has significant difficulties with memory (particularly learning and recalling new information), slowed processing speed, and attention (neuropsychology report, Dr Clare Whitmore, March 2025).'),
    ],
)
