from dsl import *

PLAN = dict(
    id='wb10', file='wb10_lily-rose_hendry', child='Lily-Rose Hendry', age=16, status='draft',
    plan_date='2026-04-27', target_grade='inadequate', tc_author='Westbrook SEND Admin', tc_date='2026-04-24',
    rationale=("Inadequate (draft). Limiting faults: sections H1 and H2 are missing altogether; another young person's name "
               "(Jayden) and male pronouns are left in from a copied plan, a data breach as well as a quality fault; template "
               "placeholders ([insert date], XX, TBC) remain; Section I names a placement in a draft. F is mostly unquantified "
               "('support', 'access to', 'as needed', 'small group'); outcomes are aspirations, provision or vague and one is "
               "already past; there is no Preparing for Adulthood outcome at 16; A has no first-hand voice; B lists deficits only; "
               "C names asthma with no provision in G; D says needs are not known; K lists no health or social care advice."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers; some tracked changes; sections H1 and H2 absent.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan: DRAFT', 16)],
    details=[
        ('Name', 'Lily-Rose Hendry', 'Date of birth', '<<2009-12-03|3 December 2009>>'),
        ('Parent', 'Donna Hendry (mother)', 'Year group', 'Year 12'),
        ('Plan status', 'Draft', 'Date of this draft', '<<2026-04-27|27 April 2026>>'),
        ('EHC Coordinator', 'Westbrook SEND 16-25 Team', 'Annual review due by', '[insert date]'),
        ('Setting', 'Castlegate Academy Sixth Form', 'Reason', 'Amendment following phase transfer'),
    ],
    preamble=['This draft Education, Health and Care plan has been prepared following the phase transfer review. The young person '
              'and her parent have 15 days to make representations about the content of the plan and to request a particular '
              'educational institution to be named. Please contact the SEND 16-25 Team if you have any questions about this draft.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and her parents',
            ['Lily-Rose is a quiet young person who lives with her mother and two younger brothers. She enjoys spending time on her '
             'phone, watching television and going to the shops. She has a small number of friends. She would like to work with '
             'children or in a hospital in the future.',
             'Lily-Rose does not like speaking in front of the class and does not like being rushed. She finds it difficult to make new '
             'friends. Lily-Rose\'s mother reports that she is anxious about the sixth form and that she has found the move from Year 11 '
             'difficult.',
             'Mrs Hendry says that Lily-Rose is a kind and caring girl at home who helps with her brothers, but that she gets very '
             'stressed about school and sometimes cries in the evenings. Mrs Hendry has asked whether Lily-Rose can have someone to '
             'talk to in school and whether the work can be made easier. She does not want Lily-Rose to go to a special school or '
             'college. She would like to be kept informed and would prefer telephone calls to letters. She says she has had to '
             'chase the school and the council for information several times this year.',
             'Mrs Hendry would like Lily-Rose to have more support in lessons and would like her to get her English and maths. She is '
             'concerned about Lily-Rose\'s anxiety and about her asthma, which is worse when she is stressed. Mrs Hendry feels that '
             'communication between home and school could be improved.',
             'Lily-Rose attended Westbrook Park Primary School and Castlegate Academy, where she had SEN support and then an EHC plan from '
             'Year 8. She has had speech and language therapy in the past. Her mother says she has always found school difficult and '
             'that she was bullied in Year 10. Mrs Hendry says the family have had a difficult year and that she is struggling to get '
             'Lily-Rose into school in the mornings.',
             'Lily-Rose\'s views were gathered by school staff.']),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Communication and interaction',
             'Lily-Rose has a developmental language disorder. She has poor understanding of spoken language and cannot follow '
             'instructions with more than two parts. She is unable to explain her ideas clearly and has a limited vocabulary. She does '
             'not ask for help. Her speech and language therapy report from Year 9 states that she has severe receptive and expressive '
             'language difficulties. Jayden finds it very difficult to take part in group discussions and will often remain silent.',
             'She has difficulty understanding non-literal language, such as jokes and sarcasm, and she can misinterpret what other '
             'students say, which can lead to upset and conflict in social situations.'],
            ['## Cognition and learning',
             '{-Jayden-}{+Lily-Rose+} has weak literacy skills. Her reading age is 10 years 2 months and her spelling age is 9 years 6 months. She '
             'cannot read the texts used in her BTEC course without help. Her written work is poorly organised and contains many '
             'spelling errors. She has poor working memory and slow processing speed. He struggles to remember what has been taught '
             'from one lesson to the next.',
             'In maths, Lily-Rose is working at around GCSE grade 2. She cannot recall number facts quickly and has difficulty with '
             'fractions, percentages and problem-solving. She did not achieve a grade 4 in English or maths in Year 11 and is resitting '
             'both.'],
            ['## Social, emotional and mental health',
             'Lily-Rose has high levels of anxiety. She has refused to attend on several occasions this year and has had a number of '
             'panic attacks in school. She becomes withdrawn and tearful and will not engage with staff. She has low self-esteem and '
             'says she is "stupid". Her attendance is 79%. She does not cope well with change. She has been late to school on many '
             'occasions and her mother reports that mornings at home are very difficult. She finds the common room and the canteen '
             'overwhelming and avoids them. She has difficulty managing her emotions when things go wrong and can become very upset '
             'over small incidents. She is not able to identify what makes her anxious or what helps. She has not received any '
             'therapeutic support.'],
            ['## Extract from the SENCo report (March 2026)',
             'Lily-Rose joined Castlegate Academy Sixth Form in September 2025 to study BTEC Level 2 Health and Social Care, with GCSE '
             'English and maths resits. Staff report that Lily-Rose finds the course very challenging. She is not able to complete '
             'written assignments without significant adult support and has missed two assignment deadlines. In lessons she is often '
             'off task and does not contribute to discussions. She does not ask for help when she does not understand and will sit '
             'without starting work. She has difficulty understanding the assignment briefs, which use complex vocabulary. She is not '
             'able to take notes. In maths she is unable to complete problem-solving questions. Her attendance has fallen since '
             'January and she has been late on 23 occasions. She has had three panic attacks in school this year and has been sent '
             'home twice. She struggles in the common room at lunchtime and often sits alone. The SENCo recommends that Lily-Rose has '
             'support in lessons, literacy intervention, exam access arrangements and support for her anxiety, and that the local '
             'authority considers whether the course is suitable.',
             '## Extract from the speech and language therapy report (June 2022)',
             'Lily-Rose was assessed using the CELF-5. Her core language score was 62 (below the 1st centile). Receptive language '
             'index 65; expressive language index 64. She has difficulty with following directions, understanding sentences with '
             'complex grammar, word classes and formulating sentences. She has a limited vocabulary for her age. Her narrative skills '
             'are poor: her stories lack structure and key information. She has difficulty with inference. It is recommended that '
             'Lily-Rose has access to a language-rich environment, that staff use simplified language and visual supports, and that '
             'she receives speech and language therapy input. She should be discharged from the service when she leaves Year 11.'],
            ['## Extract from the Year 11 annual review report (Castlegate Academy, December 2024)',
             'Lily-Rose continues to find all areas of the curriculum difficult. She is working well below age-related expectations in '
             'English, maths and science. Predicted grades are 2 or 3 in all subjects. She finds it hard to concentrate in lessons and '
             'often needs instructions repeating. She does not complete homework. She has been receiving a literacy intervention '
             'twice a week but progress has been limited. Her reading age has increased by four months over the year. She does not '
             'like being withdrawn from lessons and has refused to attend some intervention sessions. She has a small group of friends '
             'but there have been some fallings-out, which she finds upsetting. She has been supported by the pastoral team. She '
             'has said she would like to go to college to do childcare but her mother would prefer her to stay at Castlegate for the '
             'sixth form. The review recommended that the plan is updated for post-16 and that further advice is sought from '
             'speech and language therapy and from CAMHS.',
             '## Extract from the educational psychologist report (November 2021)',
             'Lily-Rose was seen in Year 8. Her scores on the British Ability Scales were in the low range for verbal ability and '
             'the below average range for non-verbal reasoning and spatial ability. Her working memory and processing speed were '
             'weaknesses. She showed low confidence and gave up quickly on tasks she found difficult. Recommendations: small-group '
             'teaching; pre-teaching of vocabulary; use of visual supports; a structured literacy programme; additional time to '
             'process information; emotional support from a trusted adult; review of needs before post-16 transition.'],
            ['## Extract from the sixth form tutor report (February 2026)',
             'Lily-Rose is a member of my tutor group. She is polite to staff but rarely speaks in tutor time. She often arrives late '
             'and without the correct equipment. She has not engaged with the work experience preparation programme and did not '
             'attend the careers fair. She does not have a part-time job. When asked about her plans she says she does not know. '
             'She has been placed on an attendance support plan. Her mother has attended two meetings in school. She is not on track '
             'to complete the first year of her BTEC. She has been offered a place in the homework club but has not attended. She '
             'finds it hard to organise her folders and loses handouts. Other students in the group are supportive of her. I am '
             'concerned about her wellbeing and have passed my concerns to the pastoral team.',
             '## Extract from the BTEC course leader report (February 2026)',
             'Lily-Rose is enrolled on the BTEC Level 2 Health and Social Care Diploma. The course requires students to complete four '
             'written assignments and a work placement in an early years or care setting. Lily-Rose has submitted one of the two '
             'assignments due so far, which was referred. She was not able to meet the criteria for research and written explanation. '
             'She has not yet started her work placement because she was anxious about the interview. In practical sessions, such as '
             'first aid and role-plays, she is more engaged and has shown a caring manner with other students. She needs a lot of '
             'reassurance and will not attempt tasks unless an adult sits with her. The course leader is concerned that she will not '
             'complete the course without a high level of support and asks that the plan specifies what support will be provided.',
             '## Extract from the English and maths resit teachers (February 2026)',
             'English: Lily-Rose is working at grade 2. Reading comprehension and extended writing are weak. She does not complete '
             'practice papers. Maths: Lily-Rose is working at grade 2. She can complete simple calculations with a calculator but '
             'cannot solve multi-step problems. Both teachers report that she is often absent from resit lessons, which are '
             'timetabled at the end of the day.',
             '## Extract from the pastoral team log (September 2025 to March 2026)',
             'Lily-Rose has been seen by the pastoral team on 14 occasions this year, mostly after panic attacks or upset with '
             'friends. On each occasion she was given time in the pastoral office and then returned to lessons or was collected by '
             'her mother. She has been offered sessions with the school counsellor but has not taken these up. A referral to CAMHS '
             'was made by her GP in January 2026. The pastoral team have contacted home about attendance on six occasions. There are '
             'no safeguarding concerns recorded. The pastoral manager suggests that Lily-Rose may need a reduced timetable or an '
             'alternative course and that a multi-agency meeting is held.',
             '## Summary of needs',
             'Lily-Rose has difficulties with: understanding spoken language; expressing herself; vocabulary; reading; spelling; '
             'written work; maths; working memory; processing speed; organisation; attendance; anxiety; self-esteem; friendships; '
             'coping with change; asking for help; and independence. She is not able to work without adult support. She has '
             'difficulty with all written tasks and is not able to access the BTEC course materials. She cannot manage her anxiety '
             'and is not able to attend consistently. She does not have any friends in the sixth form and spends break times alone. '
             'She is not ready for a work placement. She will need a high level of support to make progress.'],
            ['## Sensory and/or physical',
             'No needs identified.']),
        sec('C', 'Section C: The young person\'s health needs which relate to her SEN',
            ['Lily-Rose has asthma and uses an inhaler. Her asthma is worse when she is anxious. She has been referred to CAMHS for '
             'anxiety but has not yet been seen. She has had two asthma attacks in school this year, one of which needed an ambulance. '
             'Her inhaler is kept in the medical room.']),
        sec('D', 'Section D: The young person\'s social care needs which relate to her SEN or disability',
            ['Not known at this time.'], status='placeholder'),
        sec('E', 'Section E: Outcomes',
            O('E1. Lily-Rose wants to work with children or in a hospital.', asp=True, note='Aspiration, not an outcome.'),
            O('E2. [[s:Lily-Rose]] [[b:will improve her confidence]].', spec=False, note='Vague; no criterion or date.'),
            O('E3. Lily-Rose will receive 1:1 support in English and maths lessons.', prov=True, note='Provision in disguise.'),
            O('E4. [[t:By <<2025-07-18|July 2025>>]], [[s:Jayden]] [[b:will be able to follow a three-part instruction]] [[c:in 4 out of 5 '
              'opportunities]].', note="Wrong name and a date already past at the plan date; counted specific/measurable/time-bound by text."),
            O('E5. [[s:Lily-Rose]] [[b:will attend school more]].', spec=False, note='No criterion or date.'),
            ),
        fsec('Section F: Special educational provision',
             ['The sixth form will provide the following:'],
             FH('Communication and interaction'),
             FR('E4', '[[w:Speech and language therapy]]', 'Speech and language therapist', '!As needed', '!N/A', '1:1', vague=True,
                note='"as needed".'),
             FS('Teaching assistant', '!Regularly'),
             FR(None, 'Staff to [[w:simplify language and check understanding]]', '!Staff', '!Where possible', '!N/A', '!N/A', na='dg',
                vague=True, note='"Staff", "where possible".'),
             FH('Cognition and learning'),
             FR('E3', '1:1 support in lessons', 'Teaching assistant', '!XX hours per week', '!N/A', '1:1', vague=True,
                note='Placeholder "XX" instead of an amount.'),
             FR(None, 'Literacy interventions', '!School staff', '!Regular', '!N/A', '!Small group', vague=True),
             FR(None, 'Access to exam arrangements as appropriate', 'SENCo', '!As appropriate', '!N/A', '!N/A', vague=True,
                note='"access to", "as appropriate".'),
             FH('Social, emotional and mental health'),
             FR('E2, E5', 'Jayden would benefit from a key adult to check in with him', '!Key adult', 'Daily', '!N/A', '1:1', vague=True,
                note='"would benefit from", undefined "key adult"; wrong name and pronoun from a copied plan.'),
             FR(None, '[[w:Access to a quiet space]] when anxious', '!N/A', '!When needed', '!N/A', '!N/A', vague=True),
             FR(None, 'Support with transitions', '!School', '!N/A', '!N/A', '!N/A', vague=True),
             FR(None, 'Lily-Rose should be encouraged to attend and supported with anxiety', '!Pastoral team', '!N/A', '!N/A', '!N/A',
                vague=True, note='"should be encouraged", "supported with": not provision.'),
             FH('Preparing for adulthood'),
             FR(None, '[[w:Careers advice]] may be helpful', '!N/A', '!N/A', '!N/A', '!N/A', vague=True),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities',
            N('TBC'), status='placeholder'),
        sec('I', 'Section I: Placement', ['Castlegate Academy Sixth Form, Castle Road, Westbrook WB3 9RR.']),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['Not applicable. No personal budget has been requested.']),
        sec('K', 'Section K: Advice and information',
            ['1. Castlegate Academy SENCo report, March 2026.',
             '2. Speech and language therapy report, Westbrook Children\'s Therapy Service, 14 June 2022.',
             '3. Parent views, March 2026.',
             '4. Health advice: TBC',
             '5. Educational psychologist report, Westbrook Educational Psychology Service, 9 November 2021.',
             '6. Year 11 annual review report, Castlegate Academy, 10 December 2024.',
             '7. Sixth form tutor, BTEC course leader, resit teachers and pastoral team reports, February to March 2026.',
             'Advice from the speech and language therapy service and from CAMHS was not requested for this amendment.']),
    ],
    missing=['H1', 'H2'],
    signoff=[('Draft prepared by', 'Westbrook SEND 16-25 Team'), ('Draft issued', '<<2026-04-27|27 April 2026>>')],
    faults=[
        dict(kind='wrong-child-name', section='B', token='Jayden', sentence='Jayden finds it very difficult to take part in group discussions and will often remain silent.'),
        dict(kind='wrong-child-name', section='E', token='Jayden', sentence='E4. By July 2025, Jayden will be able to follow a three-part instruction in 4 out of 5 opportunities.'),
        dict(kind='wrong-child-name', section='F', token='Jayden', sentence='Jayden would benefit from a key adult to check in with him'),
        dict(kind='wrong-pronoun', section='B', sentence='He struggles to remember what has been taught from one lesson to the next.'),
        dict(kind='wrong-pronoun', section='F', sentence='Jayden would benefit from a key adult to check in with him'),
        dict(kind='placeholder', section='details', token='[insert date]', sentence='Annual review due by | [insert date]'),
        dict(kind='placeholder', section='F', token='XX', sentence='1:1 support in lessons | Teaching assistant | XX hours per week | N/A | 1:1'),
        dict(kind='placeholder', section='G', token='TBC', sentence='Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities TBC'),
        dict(kind='placeholder', section='K', token='TBC', sentence='4. Health advice: TBC'),
        dict(kind='past-date', section='E', sentence='E4. By July 2025, Jayden will be able to follow a three-part instruction in 4 out of 5 opportunities.'),
        dict(kind='missing-section', section='H1', sentence='Section I: Placement'),
        dict(kind='missing-section', section='H2', sentence='Section I: Placement'),
        dict(kind='section-i-named-in-draft', section='I', sentence='Castlegate Academy Sixth Form, Castle Road, Westbrook WB3 9RR.'),
        dict(kind='aspiration-as-outcome', section='E', sentence='E1. Lily-Rose wants to work with children or in a hospital.'),
        dict(kind='outcome-not-smart', section='E', sentence='E2. Lily-Rose will improve her confidence.'),
        dict(kind='outcome-is-provision', section='E', sentence='E3. Lily-Rose will receive 1:1 support in English and maths lessons.'),
        dict(kind='outcome-not-smart', section='E', sentence='E5. Lily-Rose will attend school more.'),
        dict(kind='no-pfa-outcome', section='E', sentence='E1. Lily-Rose wants to work with children or in a hospital.'),
        dict(kind='vague-provision', section='F', sentence='Speech and language therapy | Speech and language therapist | As needed | N/A | 1:1'),
        dict(kind='vague-provision', section='F', sentence='Staff to simplify language and check understanding | Staff | Where possible | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Literacy interventions | School staff | Regular | N/A | Small group'),
        dict(kind='vague-provision', section='F', sentence='Access to exam arrangements as appropriate | SENCo | As appropriate | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Access to a quiet space when anxious | N/A | When needed | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Support with transitions | School | N/A | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Lily-Rose should be encouraged to attend and supported with anxiety | Pastoral team | N/A | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Careers advice may be helpful | N/A | N/A | N/A | N/A'),
        dict(kind='outdated-advice', section='K', sentence='5. Educational psychologist report, Westbrook Educational Psychology Service, 9 November 2021.'),
        dict(kind='health-need-no-provision', section='G', sentence='Lily-Rose has asthma and uses an inhaler.'),
        dict(kind='social-care-needs-not-known', section='D', sentence='Not known at this time.'),
        dict(kind='no-child-voice', section='A', sentence="Lily-Rose's views were gathered by school staff."),
        dict(kind='deficit-only-language', section='B', sentence='She is unable to explain her ideas clearly and has a limited vocabulary.'),
        dict(kind='no-health-or-social-care-advice', section='K', sentence='4. Health advice: TBC'),
        dict(kind='outdated-advice', section='K', sentence="2. Speech and language therapy report, Westbrook Children's Therapy Service, 14 June 2022."),
    ],
)
