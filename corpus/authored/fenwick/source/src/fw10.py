META = {
    "id": "fw10", "child_name": "Lily-Mae Dawson", "plan_date": "2024-06-19", "age": 5, "status": "draft",
    "target_grade": "inadequate", "pdf": False,
    "rationale": "Inadequate (draft). Section D is missing altogether. Section C describes epilepsy with rescue medication, a feeding difficulty and a hearing concern, but G says 'None', so serious health needs have no health provision (and no healthcare plan or training for staff). K lists no social care advice. Template placeholders are left in ('XX', '[Child's name]'), and Lily-Mae is twice referred to as 'he'/'his', suggesting the text was copied from another plan. F is largely unquantified ('support', 'small group', 'regular', 'access to', 'as appropriate'); only two items are specific. Outcomes are mostly vague or aspirations, with none SMART. There is no child's voice: A says Lily-Mae is too young to give her views and no other method was tried. Section I is correctly blank for a draft, but the limiting faults (missing section, health need with no provision, placeholders, wrong pronouns, unquantified provision) make this inadequate.",
    "layout": "Plain prose; cover details table; bold capital headings 'SECTION X – TITLE'; D absent; F numbered 1.-4. with bullets; K as a table.",
    "section_status": {"G": "nil", "H1": "nil", "H2": "nil", "I": "blank"},
    "sections_missing": ["D"],
    "extra_faults": [
        {"kind": "placeholder", "section": "cover", "sentence": "Caseworker | XX", "note": "Caseworker name left as XX in the cover table."},
        {"kind": "missing-section", "section": "D", "sentence": "SECTION E – OUTCOMES", "note": "Section D is absent: C is followed directly by E."},
        {"kind": "no-health-or-social-care-advice", "section": "K", "sentence": "SECTION K – ADVICE AND INFORMATION", "note": "No social care advice listed."},
    ],
}

BODY = r"""
#T FENWICK SHIRE COUNCIL
#T DRAFT EDUCATION, HEALTH AND CARE PLAN
|| Name | Lily-Mae Dawson
|| Date of birth | 02/04/2019
|| Age | 5
|| Address | 7 Fen View, Coldharbour Fen, Fenwick
|| Parent/carer | Kerry Dawson (mother)
|| Setting | Coldharbour Fen Primary School, Reception
|| Date of draft | 19 June 2024
|| Caseworker | XX
##A SECTION A – THE VIEWS, INTERESTS AND ASPIRATIONS OF THE CHILD AND HER PARENTS
##- Child's views
[[no-child-voice|Lily-Mae is too young to give her views.]]
##- Parent's views
Kerry Dawson says Lily-Mae is "a happy, smiley girl who loves music, bubbles and cuddles". She loves the song "Baby Shark", watching In the Night Garden, splashing in the bath and being pushed on the swings at the park. She adores her little brother Alfie, who is two, and her grandad, who looks after her on Fridays. Kerry lives with her partner, Jamie Cole, who is Alfie's dad and who has been part of Lily-Mae's life since she was one.
Kerry says that she first became worried about Lily-Mae when she was not sitting up on her own at nine months and was not walking until she was nearly two. Lily-Mae had her first seizure when she was three, at nursery, and was diagnosed with epilepsy. Kerry says this was "the scariest day of my life" and that she still worries every day that Lily-Mae will have a seizure when she is not there. She says Lily-Mae has up to two seizures a month, mostly at night, but she has had three at school since September.
Kerry says that Lily-Mae does not talk yet but lets you know what she wants by taking your hand and leading you, by pointing and by crying. She has a few sounds that Kerry understands, such as "ba" for bottle and "ma" for mummy. Kerry says that mealtimes are hard because Lily-Mae will only eat soft foods and sometimes coughs and chokes. She is still in nappies.
Kerry is happy with the school and says the staff are "lovely with her", but she is worried that they do not have enough staff to keep Lily-Mae safe and to help her learn. She is worried about whether Lily-Mae should stay at Coldharbour Fen or go to a special school, and she would like advice about this. Kerry works part-time at the village pub and says that she is exhausted, because Lily-Mae wakes up most nights and she has to check on her after seizures. She would like some help at home and a break. [[social-care-need-no-provision|She has asked her health visitor about short breaks but has not yet been referred to anyone.]] She says she sometimes feels that she is "on her own with it all", and she would like one person to talk to who knows about Lily-Mae's health, her learning and the help the family could get.
##- Background
Lily-Mae was born at 35 weeks at Fenwick General Hospital and spent ten days in the special care baby unit because of feeding difficulties and low blood sugar. Her health visitor referred her to the community paediatrician at 11 months because of delays in her development. She had a Portage home visitor from the age of 14 months until she started nursery, and she attended Little Acorns Nursery in Coldharbour Fen for three days a week from the age of two, with funding from the early years inclusion fund for extra adult support. She started in the Reception class at Coldharbour Fen Primary School in September 2023, with a transition plan from the nursery. The school applied for an EHC needs assessment in January 2024, and the council agreed to assess in February 2024. Genetic tests carried out by the hospital have not found a cause for Lily-Mae's developmental delay and further tests are planned.
##- Aspirations
Kerry wants Lily-Mae to be happy, safe and to learn to talk. She would like her to be able to walk further, to feed herself and to make friends.
##B SECTION B – SPECIAL EDUCATIONAL NEEDS
##- Communication and interaction
Lily-Mae has significant delay in her communication. The speech and language therapist, Mrs Angela Brook, saw Lily-Mae at nursery in 2023 and in school in March 2024. Lily-Mae understands some familiar words in context, such as "coat", "drink", "outside" and "bye bye", especially when they are said with a gesture or an object. She does not yet understand simple instructions without visual cues. She communicates by leading adults by the hand, by reaching and pointing, by vocalising and by crying. She uses a small number of sounds ("ba", "ma", "da") consistently. She has begun to use a few Makaton signs, including "more" and "finished", with adult prompting. She enjoys interaction with familiar adults and will make eye contact, smile and laugh during songs and tickle games. She does not yet play alongside other children and is not interested in their play, but will watch them and sometimes copy. Mrs Brook recommends a total communication approach using objects of reference, Makaton and photographs, and that Lily-Mae is assessed for an AAC device in the future. She advises that adults should use single words and short phrases with a sign, give Lily-Mae time to respond, and respond to all of her attempts to communicate, so that she learns that communication works. She notes that Lily-Mae's hearing has not been tested since her newborn screening and recommends an audiology assessment, as she does not always turn to her name.
##- Cognition and learning
Lily-Mae has global developmental delay. The educational psychologist, Dr Fiona Reid, saw Lily-Mae in school in April 2024 and found that her development across all areas is at around the 9 to 15 month level. Lily-Mae explores objects by mouthing, banging and dropping them. She enjoys cause-and-effect toys, such as pop-up toys and light-up buttons, and will repeat an action to make something happen. She is beginning to look for an object that has been hidden under a cloth. She can attend to an adult-led activity that she enjoys, such as bubbles, for around two minutes. She learns best through repetition, routine and sensory activities, and with a familiar adult. Dr Reid recommends that Lily-Mae's learning is planned in very small steps using a developmental approach such as the Engagement Model, and that her learning is recorded in a learning journey. She notes that Lily-Mae is most alert and ready to learn in the mornings and after a movement break, and that her learning is affected on days after a seizure, when she may need to rest. She advises that staff look for Lily-Mae's own ways of showing interest, such as stilling, reaching and smiling, and build on these.
##- Social, emotional and mental health
Lily-Mae is generally a happy child who enjoys being with adults she knows. She can become distressed in noisy and busy places, such as the school hall, and when routines change. When distressed she cries, drops to the floor and sometimes bangs her head on the floor or wall. She finds it difficult to separate from her mother in the mornings. She is comforted by her blanket, by music and by being rocked. Staff have found that she settles best in the mornings if she comes in through the side door before the other children arrive, and is greeted by the same adult with her favourite song. She enjoys being with one or two other children in the quiet room and has started to smile at a boy in her class who sits with her at snack time. [[wrong-pronoun|When he is upset he needs an adult to stay close and keep him safe until he is calm.]]
##- Sensory and/or physical needs
Lily-Mae has low muscle tone and delayed motor development. She walked independently at 22 months. She walks with a wide-based, unsteady gait and falls frequently, particularly on uneven ground and when she is tired or after a seizure. She cannot yet climb stairs without holding an adult's hand, and cannot jump or run. She has difficulty with fine motor skills: she uses a whole-hand grasp, can bang two objects together and can put objects into a container, but cannot yet use a spoon. She mouths objects and seeks strong sensory input, such as spinning and bouncing. She is sensitive to loud noises and covers her ears. The physiotherapist, Mr Neil Hart, has recommended a daily physiotherapy programme in school and a review of her footwear and splints. Mr Hart reports that Lily-Mae's ankles roll inwards when she walks and that she would benefit from ankle splints, which have been ordered. He says that she needs to practise walking on different surfaces, stepping up and down, and balancing, every day, and that she needs a supportive chair with a footrest and a pelvic strap so that she can sit safely at the table. [[wrong-pronoun|The OT has advised that his seating should be reviewed.]]
##- Self-care
Lily-Mae is in nappies and needs changing several times a day. She does not yet feed herself and needs an adult to feed her soft food with a spoon; she drinks from a cup with a lid with help. She needs full help with dressing. She will push her arms into her coat sleeves when an adult holds the coat, and she will pull off her socks and hat. Her mother says that she will sometimes pat her nappy when it is wet. Lily-Mae has a very limited range of foods: she eats yoghurt, mashed potato, porridge and puréed fruit, and refuses foods with lumps. She has been referred to the speech and language therapy dysphagia team because of coughing at mealtimes, and until she has been seen, school have been advised to give her only smooth foods and to sit her upright to eat.
##- Advice from school
Mrs Clare Whitfield, SENCo, reports that Lily-Mae is currently supported in the Reception class by a teaching assistant for most of the day, funded from the school's budget and the early years inclusion fund, and that this arrangement "cannot be sustained" without an EHC plan. The Reception class has 24 children, one teacher and one teaching assistant. Lily-Mae spends part of each morning in a small quiet room next to the classroom, where she works on sensory and cause-and-effect activities with an adult, and part of the day in the classroom and the outdoor area. She needs an adult with her at all times for her safety, because she is unsteady, mouths small objects, has no sense of danger and could have a seizure at any time. The school has had three seizures in school since September, one of which lasted six minutes and needed rescue medication; on that occasion an ambulance was called. Mrs Whitfield says the staff are "very fond of Lily-Mae" and are proud of the progress she has made with her signing and her walking, but they are worried about whether they can meet her needs as she gets older.
##- Development summary (Early Years Foundation Stage, spring term 2024)
Communication and language: 8 to 12 months. Personal, social and emotional development: 9 to 15 months. Physical development: 12 to 18 months (gross motor), 9 to 12 months (fine motor). Literacy and mathematics: not yet at the first steps. Understanding the world: Lily-Mae shows interest in lights, sounds and water. Expressive arts and design: she enjoys music and will bang a drum.
##- Summary of needs
Lily-Mae has global developmental delay affecting all areas of her development. She needs a total communication approach and a personalised, sensory curriculum taught in very small steps. She needs an adult with her at all times to keep her safe, to manage her epilepsy and to support her with feeding, toileting and moving around school. She needs a daily physiotherapy programme and suitable seating and equipment. She needs support to manage distress and to separate from her mother in the mornings, and a calm, predictable routine.
##C SECTION C – HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS
[[health-need-no-provision|Lily-Mae has epilepsy. She has focal and generalised tonic-clonic seizures and has a prescription for rescue medication (buccal midazolam) to be given if a seizure lasts longer than five minutes.]] She takes sodium valproate twice a day. She is under the care of Dr Tom Henley, consultant paediatric neurologist, at Fenwick General Hospital. Her seizures can leave her very tired and unsteady for the rest of the day. Dr Henley's letter of April 2024 says that Lily-Mae "requires an individual healthcare plan in school, and staff who are with her must be trained in the recognition of seizures and the administration of buccal midazolam". He says that Lily-Mae should not be left alone in water or at height, and that she should be closely supervised in PE and in the outdoor area. He plans to review her medication in the autumn.
[[health-need-no-provision|Lily-Mae has difficulties with eating and drinking (dysphagia) and has been referred for a swallowing assessment.]]
[[health-need-no-provision|Lily-Mae has a suspected hearing loss and has been referred to audiology.]]
Lily-Mae has low muscle tone and global developmental delay.
##E SECTION E – OUTCOMES
@O(nonspec) [[aspiration-as-outcome|1. Lily-Mae will be happy and safe at school.]]
@O(nonspec) [[outcome-not-smart|2. {s:Lily-Mae} {b:will develop her communication skills.}]]
@O(nonspec) [[placeholder|3. {s:[Child's name]} {b:will use five Makaton signs to make requests} {c:independently} {t:by July 2025}.]] %% SMART in form, but the subject is a template placeholder rather than the child: specific (and so smart) false; arguable.
@O(nonspec) [[outcome-not-smart|4. {s:Lily-Mae} {b:will improve her walking and fine motor skills.}]]
@O(prov) [[outcome-is-provision|5. {s:Lily-Mae} will have 1:1 support at all times.]]
@O(nonspec) [[outcome-not-smart|6. {s:Lily-Mae} {b:will make progress in her self-care skills} {t:by the end of the year}.]]
##F SECTION F – SPECIAL EDUCATIONAL PROVISION
1. Communication and interaction
@P(vague,nodur,nogrp)- [[vague-provision|Lily-Mae will have access to {w:a total communication environment including Makaton, objects of reference and photographs}.]]
@P(vague,nodur,nogrp)- [[vague-provision|Speech and language therapy input as advised by the SALT.]]
@P(vague)- [[vague-provision|{who:A teaching assistant} will {w:deliver "Intensive Interaction" sessions} {f:daily} where possible, {g:1:1}.]] %% No session length; 'where possible' governs frequency.
@P(vague,nodur,nogrp)- [[unexplained-acronym|Lily-Mae should be {w:assessed for an AAC device}.]]
2. Cognition and learning
@P(vague,nodur,nogrp)- [[placeholder|[[vague-provision|Lily-Mae will be supported by {who:a TA} for XX hours a week.]]]] %% Placeholder amount ('XX'); see placeholder fault on the same sentence.
@P(vague,nodur)- [[vague-provision|Lily-Mae will take part in small group {w:sensory activities}.]]
@P(nodur,nogrp,spec=0)- Lily-Mae will follow {w:a personalised curriculum based on the Engagement Model}, {f:in all sessions}. %% No who.
@P(vague,nodur,nogrp)- [[vague-provision|Staff will have regular training as appropriate.]]
3. Social, emotional and mental health
@P(vague,nodur,nogrp)- [[vague-provision|Lily-Mae will have a key adult.]]
@P(vague,nodur,nogrp)- [[vague-provision|Lily-Mae will have access to {w:a quiet area} when distressed.]]
4. Sensory and physical
@P- {who:A teaching assistant trained by the physiotherapist} will {w:deliver Lily-Mae's physiotherapy programme} {f:daily} for {d:20 minutes} {g:1:1}.
@P(vague,nodur,nogrp)- [[vague-provision|{who:OT} to {w:review seating and equipment} as needed.]]
@P(nodur)- {who:A teaching assistant} will {w:change Lily-Mae's nappy} {f:at 10am, 12pm and 2pm}, {g:1:1}, and at other times when needed. %% Clock times are a frequency; the intimate-care task needs no duration; 'when needed' adds to a defined schedule (arguable).
@P(vague,nodur,nogrp)- [[vague-provision|Lily-Mae will be supported with eating and drinking.]]
##G SECTION G – HEALTH PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN LILY-MAE HAVING SPECIAL EDUCATIONAL NEEDS
None.
##H1 SECTION H1 – SOCIAL CARE PROVISION MADE UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970
None.
##H2 SECTION H2 – ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN LILY-MAE HAVING SPECIAL EDUCATIONAL NEEDS
None.
##I SECTION I – PLACEMENT
##J SECTION J – PERSONAL BUDGET
None.
##K SECTION K – ADVICE AND INFORMATION
|| Advice | Author | Date
|| Parental advice | Kerry Dawson | 2 April 2024
|| Educational advice | Mrs Clare Whitfield, SENCo, Coldharbour Fen Primary School | 9 April 2024
|| Educational psychology advice | Dr Fiona Reid, educational psychologist | 22 April 2024
|| Speech and language therapy advice | Mrs Angela Brook, speech and language therapist | 14 March 2024
|| Physiotherapy advice | Mr Neil Hart, physiotherapist | 18 April 2024
|| Health advice | Dr Tom Henley, consultant paediatric neurologist | 25 April 2024
"""
