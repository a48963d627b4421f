from dsl import *

PLAN = dict(
    id='wb11', file='wb11_ryan_osei', child='Ryan Osei', age=24, status='final',
    plan_date='2025-09-15', target_grade='inadequate', tc_author='Westbrook SEND Admin', tc_date='2025-09-10',
    rationale=("Inadequate. Limiting faults: Sections D and H2 are missing although Ryan lives in supported living with a 24-hour "
               "Care Act package; G is blank although C names diabetes and depression with medication; the outcomes are provision, "
               "aspirations or vague, two carry dates already past, and none is a Preparing for Adulthood outcome for a 24-year-old; "
               "F is almost entirely unquantified; a template placeholder is left in J. A is written about Ryan with no voice of his "
               "own, B describes deficits only, advice is 7-9 years old and K lists no health or social care advice."),
    layout='Every section is a two-column table (letter cell | title + content); F is a 7-column table with merged letter, header and outcome-link cells and one split staffing/frequency row; dates in w:sdt date pickers; sections D and H2 absent.',
    title=[('Westbrook Borough Council', 14), ('Education, Health and Care Plan', 16)],
    details=[
        ('Name', 'Ryan Osei', 'Date of birth', '<<2001-05-29|29 May 2001>>'),
        ('Address', 'Evergreen House, 3 Mill Lane, Westbrook WB5 2HH', 'Next of kin', 'Grace Osei (aunt)'),
        ('Plan status', 'Final', 'Date of this plan', '<<2025-09-15|15 September 2025>>'),
        ('EHC Coordinator', 'Westbrook SEND 16-25 Team', 'Setting', 'Brookside Skills Centre'),
    ],
    preamble=['This plan has been amended following the annual review held at Brookside Skills Centre. It sets out Ryan\'s special '
              'educational needs and the provision that will be made to meet them. The annual review was attended by Ryan (briefly), '
              'his key worker at Brookside, the centre manager and Ryan\'s aunt. Evergreen Care were invited but did not attend. '
              'Health and adult social care were not invited.'],
    sections=[
        sec('A', 'Section A: The views, interests and aspirations of the young person and his family',
            ['Ryan is a 24-year-old young man who has ASC and SLD. He lives at Evergreen House, a supported living house run by '
             'Evergreen Care, where he has staff support 24 hours a day. He moved there in 2022 after his mother passed away. His '
             'aunt, Grace Osei, visits him most weekends and takes him to church.',
             'Ryan likes buses, music (especially gospel and reggae), jigsaws, and going to the café at the garden centre. He does not '
             'like loud noises, crowds or changes to his routine. Ryan likes to spend time on his own in his room.',
             'Ryan attends Brookside Skills Centre three days a week. Staff at the centre report that he enjoys the music sessions and '
             'the horticulture group. He does not like the cooking sessions.',
             'Ryan\'s aunt would like Ryan to continue at Brookside. She feels that it gives him structure and that he is happier when '
             'he has somewhere to go. She is worried about his weight and his mood since his mother died. She would like Ryan to be '
             'more independent and to have more to do at weekends.',
             'Ryan was born in Westbrook and attended Oakmead School (a special school) from the age of 5 to 19. He had a statement of '
             'special educational needs which was transferred to an EHC plan in 2016. After leaving school he attended Westbrook '
             'College on a part-time foundation programme for one year, but this placement broke down because of his behaviour and '
             'he was at home for most of 2021. He started at Brookside Skills Centre in January 2022.',
             'Ryan\'s mother, Abena Osei, was his main carer until her death in 2022. Ryan then moved to Evergreen House, where he '
             'shares a house with three other adults with learning disabilities. His aunt reports that the move was very hard for '
             'Ryan and that his behaviour and sleep were poor for several months. Evergreen staff take Ryan to Brookside in the '
             'house minibus and support him at home in the evenings and at weekends.',
             'Ryan\'s aunt said that Ryan used to enjoy going into town on the bus with his mother and that he misses this. She would '
             'like staff to take him out more. She also said that Ryan does not like some of the staff at the house and becomes upset '
             'when there are new staff. She asked whether Ryan could have more days at Brookside.',
             'A typical day at Brookside for Ryan starts at 10am, when he arrives in the Evergreen minibus. He has a drink and a snack '
             'and then joins the morning session, which is horticulture on Mondays, music on Wednesdays and life skills on Fridays. '
             'He has lunch in the small room away from the hall. In the afternoon he does sensory activities, table-top work or a '
             'walk. He leaves at 2.30pm. Staff say that Ryan is often tired and unsettled in the afternoons.',
             'Grace Osei said at the review that she is grateful to Brookside but she does not think Ryan is learning new things any '
             'more. She would like him to be able to tell people what he wants, to go out more, and to be healthier. She said: "His '
             'mother always said he understands more than people think." She would like someone to help Ryan get a proper way to '
             'communicate, as he had at school.',
             'Staff at Brookside have listed the following. Ryan likes: the number 12 bus; gospel music and Bob Marley; jigsaws of '
             'trains; watering plants in the polytunnel; hot chocolate; his blue jumper; being first in the minibus. Ryan dislikes: '
             'the hand dryer; the hall at lunchtime; being touched without warning; waiting; new staff; the smell of the kitchen; '
             'being asked lots of questions.',
             'Ryan was not able to give his views.']),
        sec('B', 'Section B: The young person\'s special educational needs',
            ['## Communication and interaction',
             'Ryan has very limited speech. He uses single words and some signs, but most of his speech is not understood by people '
             'who do not know him. He cannot hold a conversation. He does not understand most spoken language unless it is very simple '
             'and about the here and now. He cannot express his needs or feelings. He does not use his PECS book. He has difficulty '
             'interacting with others and does not join in group activities. He does not initiate interaction with peers.',
             '## Cognition and learning',
             'Ryan has severe learning difficulties. He is working at a very early level in all areas. He cannot read or write. He '
             'cannot count reliably beyond 3. He does not understand money or time. He has a very short attention span and cannot '
             'stay on task for more than a few minutes. He needs adult support for all activities.',
             '## Social, emotional and mental health',
             'Ryan displays challenging behaviour including shouting, hitting his head, pushing staff and throwing objects. This '
             'happens several times a week. He is unable to manage his emotions. He becomes very distressed when routines change. His '
             'mood has been low and he has become more withdrawn. He refuses to take part in activities.',
             '## Sensory and/or physical',
             'Ryan has sensory difficulties. He is very sensitive to noise. He puts his hands over his ears and becomes distressed in '
             'noisy environments. He has poor fine motor skills and cannot manage fastenings. He is overweight and has poor stamina. '
             'He cannot use scissors or hold a pencil correctly. He is not able to dress himself fully and needs help with shoes and '
             'coats. He does not like having his hair cut or his nails cut and becomes very distressed. He will only eat a small '
             'range of foods, mostly bread, crisps and chicken, and refuses fruit and vegetables. He cannot walk long distances '
             'and needs frequent rests. He does not like wearing a coat even in cold weather. He has difficulty with his balance on '
             'uneven ground and on stairs. He mouths objects when he is anxious. He does not tolerate bright lights and will turn '
             'lights off in the rooms he uses. He has difficulty sleeping and often wakes in the night, which means he is tired '
             'during the day at Brookside.'],
            ['## Extract from the educational psychologist report (2016)',
             'Ryan was assessed at Oakmead School when he was 15. Formal assessment was not possible. Observation and discussion with '
             'staff indicated that Ryan is functioning at a very early developmental level, broadly equivalent to P-levels 4-6 in '
             'most areas. He showed a strong preference for routine and became distressed when the observer entered the classroom. '
             'Recommendations included a highly structured environment, visual timetables, PECS, a consistent team of staff and a '
             'sensory diet. It was recommended that Ryan\'s needs are reviewed before he leaves school.',
             '## Extract from the speech and language therapy report (2018)',
             'Ryan communicates mainly through single words, pointing and leading adults by the hand. He has a functional vocabulary '
             'of around 30 words. He understands simple instructions in familiar routines. He was using PECS at Phase 2 at school. '
             'Recommendations: continue PECS; use objects of reference and visual timetables; give simple instructions with key words; '
             'allow processing time. He was discharged from the service on leaving school.'],
            ['## Extract from the previous EHC plan (2019)',
             'Ryan has severe learning difficulties and autism. He requires a high level of adult support in all areas of learning and '
             'personal care. He communicates using a small number of words and signs and some PECS. He needs a highly structured '
             'environment with a consistent staff team. He has difficulties with sensory processing and can become very distressed in '
             'noisy or busy environments. He displays behaviour that challenges when he is anxious or when routines change. He needs '
             'a positive behaviour support plan. He will need support to prepare for adulthood, including independent living skills, '
             'community access and making choices. He would benefit from a specialist post-19 provision that can meet his complex '
             'needs. His mother would like him to stay close to home.',
             '## Extract from the Oakmead School leaver\'s report (July 2020)',
             'Ryan has been a pupil at Oakmead School for 14 years. He is well known and liked by staff. In his final year he worked '
             'on the ASDAN Personal Progress programme, completing units in making snacks, using community facilities with support '
             'and making choices. He needs 1:1 support for all activities and 2:1 support in the community. He enjoys the school '
             'minibus, sensory room and music therapy. He has a positive behaviour support plan, which has reduced incidents over the '
             'year. His communication is mainly through single words, signs and pointing. He will need a specialist provision after '
             'school with staff who understand autism.',
             '## Extract from the Westbrook College report (June 2021)',
             'Ryan attended the Foundation Learning programme two days a week from September 2020. Attendance was 54%. Ryan found the '
             'college environment very difficult, particularly the corridors and the refectory. There were frequent incidents of '
             'distressed behaviour and the placement was reduced to mornings only in January 2021. The college concluded that it '
             'could not meet Ryan\'s needs and recommended a smaller specialist setting.',
             '## Observations at the annual review (July 2025)',
             'Ryan attended the first ten minutes of his annual review meeting with his key worker. He sat at the table, looked at '
             'a jigsaw and said "bus" several times. He left the room when more people arrived. Staff said he was tired because it '
             'was the afternoon.',
             '## Summary of behaviour records (Brookside, September 2024 to July 2025)',
             'There were 41 incidents recorded. 23 involved shouting or screaming, 9 involved Ryan hitting his own head, 6 involved '
             'pushing staff and 3 involved throwing objects. No injuries to staff were recorded. 29 incidents happened after 1pm. The '
             'most common triggers recorded were noise in the hall, changes of staff and being asked to join the cooking group. '
             'Physical intervention was used on two occasions. The records do not show what Ryan was trying to communicate.'],
            ['## Extract from the Brookside Skills Centre annual review report (July 2025)',
             'Ryan has attended 78% of sessions this year. He has settled into the centre routine and now comes in without distress '
             'most days. He engages best in music and horticulture. He has had 41 recorded incidents of behaviour that challenges '
             'this year, most in the afternoon and in the cooking and group sessions. Staff have not yet found a reliable way for '
             'Ryan to communicate choices. He has not made progress in his literacy and numeracy targets. Staff report that Ryan has '
             'gained weight and is often tired in the afternoons. The centre recommends a speech and language therapy assessment '
             'and a review of his programme.',
             '## Extract from the Brookside learning targets (2024/25)',
             'Target 1: Ryan will choose between two activities using pictures. Not achieved. Target 2: Ryan will count to 5. Not '
             'achieved. Target 3: Ryan will recognise his name. Partially achieved. Target 4: Ryan will make a drink with support. '
             'Achieved with hand-over-hand support. Target 5: Ryan will join the cooking group for 10 minutes. Not achieved. Staff '
             'comment that the targets were carried over from the previous year and that Ryan\'s engagement is better when '
             'activities are outdoors or involve music. New targets will be set by the centre in September 2025.',
             '## Summary of needs',
             'Ryan has severe learning difficulties. He has very limited communication. He has challenging behaviour. He has poor '
             'attention. He has sensory difficulties. He has poor fine motor skills. He has low mood. He is overweight. He is not '
             'able to do anything independently. He needs support with all aspects of his life.']),
        sec('C', 'Section C: The young person\'s health needs which relate to his SEN',
            ['Ryan has type 2 diabetes, diagnosed in 2023, and takes metformin. He also has depression and has been prescribed '
             'sertraline by his GP since 2024. Ryan is overweight. He has regular appointments with his GP. His aunt reports that '
             'his blood sugar has been difficult to control and that staff at the house and at Brookside do not always know what he '
             'has eaten. Ryan is not able to say when he feels unwell. He takes his medication with staff support at the house.']),
        sec('E', 'Section E: Outcomes',
            O('E1. Ryan will be happy and enjoy coming to Brookside.', asp=True, note='Aspiration; not an outcome.'),
            O('E2. [[t:By <<2024-07-19|July 2024>>]], Ryan will have access to a communication system.', prov=True,
              note='Provision in disguise, with a date already past.'),
            O('E3. Ryan will receive 1:1 support for all activities.', prov=True),
            O('E4. [[t:By <<2024-07-19|July 2024>>]], [[s:Ryan]] [[b:will make progress with his behaviour]].', spec=False,
              note='Vague verb, no criterion, date already past.'),
            O('E5. [[s:Ryan]] [[b:will develop his independence skills]].', spec=False),
            ),
        fsec('Section F: Special educational provision',
             ['Brookside Skills Centre will provide:'],
             FH('All areas'),
             FR('E1-E5', '[[w:Placement at Brookside Skills Centre]]', 'Brookside staff', '[[f:[[d:3 days a week]]]]', '!N/A', '!N/A',
                note='"Brookside staff" counted as a named provider; "3 days a week" is frequency and duration (convention); no group size.'),
             FR(None, '1:1 support for all activities', 'Support worker', '!As required', '!N/A', '1:1', vague=True),
             FS('Senior support worker', '!When needed'),
             FR(None, '[[w:Structured routine and visual timetable]]', '!Staff', 'Daily', '!N/A', '!N/A', na='dg',
                note='"Staff" is not a role, so no who.'),
             FR(None, 'Ryan would benefit from a communication system such as PECS or signing', '!N/A', '!N/A', '!N/A', '!N/A', vague=True),
             FR(None, 'Speech and language therapy input if available', '!N/A', '!If available', '!N/A', '!N/A', vague=True),
             FR(None, 'Behaviour support', '!Staff', '!Ongoing', '!N/A', '!N/A', vague=True),
             FR(None, 'Sensory activities where appropriate', '!Staff', '!Where appropriate', '!N/A', '!Small group', vague=True),
             FR(None, 'Opportunities for horticulture and music', '!N/A', '!Regularly', '!N/A', '!Small group', vague=True),
             FR(None, 'Healthy eating and exercise activities', '!Staff', '!Regularly', '!N/A', '!Small group', vague=True),
             FR(None, 'Independence skills as part of the curriculum', '!N/A', '!N/A', '!N/A', '!N/A', vague=True),
             FR(None, '[[w:Community visits]] where possible', '!Staff', '!Where possible', '!N/A', '!N/A', vague=True),
             FR(None, '[[w:Review of provision]]', 'Brookside', 'Next review: <<2025-03-01|1 March 2025>>', '!N/A', '!N/A', na='dg',
                note='Review date already past at the plan date.'),
             ),
        sec('G', 'Section G: Health provision reasonably required by the young person\'s learning difficulties or disabilities', status='blank'),
        sec('H1', 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            N('Not applicable as Ryan is over 18.'), status='nil'),
        sec('I', 'Section I: Placement', ['Brookside Skills Centre, Brook Road, Westbrook WB5 6LT (specialist post-19 day provision), '
                                          'three days a week, 2025/26 academic year.']),
        sec('J', 'Section J: Personal budget (including arrangements for direct payments)',
            ['Personal budget: <insert amount>']),
        sec('K', 'Section K: Advice and information',
            ['1. Educational psychologist report, 2016.', '2. Speech and language therapy report, 2018.',
             '3. Brookside Skills Centre annual review report, July 2025.', '4. Views of Grace Osei (aunt), July 2025.',
             '5. Previous EHC plan, 2019; Oakmead School leaver\'s report, 2020; Westbrook College report, 2021.']),
    ],
    missing=['D', 'H2'],
    signoff=[('Signed on behalf of Westbrook Borough Council', 'SEND 16-25 Team'), ('Date issued', '<<2025-09-15|15 September 2025>>')],
    faults=[
        dict(kind='missing-section', section='D', sentence="Section C: The young person's health needs which relate to his SEN"),
        dict(kind='missing-section', section='H2', sentence='Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
        dict(kind='social-care-need-no-provision', section='A', sentence='He lives at Evergreen House, a supported living house run by Evergreen Care, where he has staff support 24 hours a day.'),
        dict(kind='blank-section', section='G', sentence="Section G: Health provision reasonably required by the young person's learning difficulties or disabilities"),
        dict(kind='health-need-no-provision', section='C', sentence='He also has depression and has been prescribed sertraline by his GP since 2024.'),
        dict(kind='health-need-no-provision', section='C', sentence='Ryan has type 2 diabetes, diagnosed in 2023, and takes metformin.'),
        dict(kind='aspiration-as-outcome', section='E', sentence='E1. Ryan will be happy and enjoy coming to Brookside.'),
        dict(kind='outcome-is-provision', section='E', sentence='E2. By July 2024, Ryan will have access to a communication system.'),
        dict(kind='outcome-is-provision', section='E', sentence='E3. Ryan will receive 1:1 support for all activities.'),
        dict(kind='outcome-not-smart', section='E', sentence='E4. By July 2024, Ryan will make progress with his behaviour.'),
        dict(kind='outcome-not-smart', section='E', sentence='E5. Ryan will develop his independence skills.'),
        dict(kind='past-date', section='E', sentence='E2. By July 2024, Ryan will have access to a communication system.'),
        dict(kind='past-date', section='E', sentence='E4. By July 2024, Ryan will make progress with his behaviour.'),
        dict(kind='past-date', section='F', sentence='Review of provision | Brookside | Next review: 1 March 2025 | N/A | N/A'),
        dict(kind='no-pfa-outcome', section='E', sentence='E5. Ryan will develop his independence skills.'),
        dict(kind='placeholder', section='J', token='<insert amount>', sentence='Personal budget: <insert amount>'),
        dict(kind='vague-provision', section='F', sentence='1:1 support for all activities | Support worker | As required | N/A | 1:1'),
        dict(kind='vague-provision', section='F', sentence='Ryan would benefit from a communication system such as PECS or signing | N/A | N/A | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Speech and language therapy input if available | N/A | If available | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Behaviour support | Staff | Ongoing | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Sensory activities where appropriate | Staff | Where appropriate | N/A | Small group'),
        dict(kind='vague-provision', section='F', sentence='Opportunities for horticulture and music | N/A | Regularly | N/A | Small group'),
        dict(kind='vague-provision', section='F', sentence='Healthy eating and exercise activities | Staff | Regularly | N/A | Small group'),
        dict(kind='vague-provision', section='F', sentence='Independence skills as part of the curriculum | N/A | N/A | N/A | N/A'),
        dict(kind='vague-provision', section='F', sentence='Community visits where possible | Staff | Where possible | N/A | N/A'),
        dict(kind='no-child-voice', section='A', sentence='Ryan was not able to give his views.'),
        dict(kind='deficit-only-language', section='B', sentence='He cannot express his needs or feelings.'),
        dict(kind='outdated-advice', section='K', sentence='1. Educational psychologist report, 2016.'),
        dict(kind='outdated-advice', section='K', sentence='2. Speech and language therapy report, 2018.'),
        dict(kind='no-health-or-social-care-advice', section='K', sentence='4. Views of Grace Osei (aunt), July 2025.'),
        dict(kind='unexplained-acronym', section='A', sentence='Ryan is a 24-year-old young man who has ASC and SLD.'),
        dict(kind='unexplained-acronym', section='B', sentence='He does not use his PECS book.'),
    ],
)
