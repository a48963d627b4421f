from lib import p, sh, prov, out, asp, table
from common import cover, intro, heading, ending

T = "old"
NAME = "Kacie Doherty"
CW = "Stacey Marsden"
DATE = "2 October 2026"

blocks = []
blocks += intro(T, NAME, "Kacie", "final")
blocks += [
 heading(T, "A"),
 sh("Child's views"),
 p("Kacie did not contribute to this section. She was invited to a meeting with the caseworker but refused to attend."),
 sh("Parent's views"),
 p("Kacie's mum, Nicola Doherty, said that Kacie has always been a difficult child and that things have got worse since she started Year 5. She said that Kacie refuses to go to school on some days, has meltdowns at home and is aggressive towards her younger brothers. She said that Kacie spends most of her time in her bedroom on her phone and will not eat with the family. Nicola said that she is at the end of her tether and that the family need help. She would like Kacie to have a diagnosis and to go to a specialist secondary school."),
 p("Nicola said that Kacie's stepdad, Wayne, finds Kacie's behaviour very difficult, and that there are a lot of arguments at home. Kacie's older sister Chloe, who is 16, sometimes looks after Kacie and her twin brothers, Alfie and Archie, who are four."),
 p("Nicola described a typical morning: Kacie will not get out of bed, refuses to put on her uniform and shouts and swears at her mum. On some days Nicola has to take the twins to nursery and leave Kacie at home because she cannot get her into the car. On the days Kacie does go to school she is often late. Nicola said that Kacie is calmer in the afternoons at home, when she is on her phone or watching videos about make-up and animals, and that she can be kind to the twins when she is in a good mood. She said Kacie used to love dancing and went to a street dance class until she was nine, but she stopped going after an argument with another girl."),
 p("Nicola said that she has asked the GP for help several times and that she is still waiting for the autism assessment, which she was told could take two years. She said that she does not feel that school understands Kacie and that she is always being phoned to collect her. She said she has had to give up her job at a care home because of the number of times she has been called into school."),
 sh("Background"),
 p("Kacie attended Larkspur Primary School from Reception. Concerns were first raised about her behaviour in Year 2. She has been on SEN support since Year 3. She has had nine fixed-term suspensions since Year 4. She was referred to CAMHS in 2025 and is on the waiting list for an autism assessment. The family has a social worker. Kacie has a reduced timetable and currently attends school from 9am to 12.30pm each day."),
 p("Kacie's early development was reported to be typical, although Nicola said that she was an unsettled baby who cried a lot and did not sleep well. She walked and talked at the expected ages. At nursery she was described as shy and preferred to play alone. In Reception and Year 1 she was quiet in class but had tantrums at home after school. In Year 2 she began to refuse to go into the classroom in the mornings, and in Year 3 there were the first reports of aggressive behaviour towards other children at lunchtime. Kacie's parents separated when she was seven, and she has no contact with her birth father. Nicola met Wayne in 2021 and the twins were born in 2022. The family moved to their current house in 2023."),
 p("The family's social worker is from the Riverton Children's Services Westfield team. The school reports that Kacie is subject to a child in need plan, but no information about the plan was provided for this assessment."),
 sh("Aspirations"),
 p("For Kacie to attend school full time and to achieve her potential."),
 p("Nicola said she hopes Kacie will be able to go to a secondary school where she feels safe and understood, that she will make at least one good friend, and that she will be able to go back to dancing. Nicola said she would like Kacie to work with animals one day, because \"that's the only time she's really happy\"."),

 heading(T, "B"),
 sh("Social, emotional and mental health"),
 p("Kacie presents with extremely challenging behaviour. She is defiant and oppositional and refuses to follow adult instructions. She is verbally abusive to staff and peers, swears, and has damaged property. She has physically assaulted staff on four occasions this year. She does not accept responsibility for her actions and shows little remorse. She is unable to manage unstructured times and has been excluded from lunchtimes. She has poor relationships with peers and has no friends in her class. She is frequently off task and disrupts the learning of others."),
 p("Kacie struggles with changes to routine and will leave the classroom without permission. She has poor emotional regulation and her behaviour can escalate very quickly. Staff report that she is controlling and manipulative. She has low self-esteem. She often says that she hates school and that everyone hates her. Staff have noticed that she becomes more agitated when the classroom is noisy, when there is a change of teacher, and when she is asked to read or write in front of others."),
 p("Kacie's attendance in 2025 to 2026 was 71%. She frequently refuses to come into school in the mornings."),
 p("Kacie's nine fixed-term suspensions have totalled 14 school days. The reduced timetable was put in place in March 2026 after an incident in which Kacie threw a chair in the classroom. The school's plan was to increase her hours after four weeks, but this has not happened because of further incidents. Kacie does not attend in the afternoons and does not receive any education at home during this time. When she is in school, Kacie spends part of most mornings in the inclusion room with a teaching assistant, where she completes worksheets or draws. The school reports that she is calmer in the inclusion room but that she refuses to do most of the work set. Kacie has not been on any school trips this year, and she did not take part in the Year 5 residential visit."),
 sh("Communication and interaction"),
 p("Kacie has difficulties with social communication. She does not understand jokes or sarcasm and takes things literally. She has poor eye contact. She struggles to work in groups and dominates conversations about her own interests. She misreads other people's intentions and thinks that others are laughing at her. She finds it hard to explain how she feels and will often say \"I don't know\" or \"leave me alone\" when adults try to talk to her. She talks at length about animals, especially horses and snakes, and can become annoyed when others interrupt or change the subject. She prefers to talk to adults rather than children of her own age."),
 sh("Cognition and learning"),
 p("Kacie is working significantly below age-related expectations. Her reading age is 8 years 2 months. Her writing is poor and she refuses to write more than a few lines. In maths she is working at the Year 3 to 4 standard. She has gaps in her learning because of her poor attendance, suspensions and reduced timetable. She has poor concentration and is easily distracted. When she is interested in a topic, for example animals or art, she can concentrate for longer and produce work of a good standard. Her spelling is weak and she relies on simple words that she knows how to spell. She finds it difficult to organise her ideas and to plan her writing. In maths she knows her times tables up to 5 x 5 and can add and subtract two-digit numbers, but she has gaps in place value, fractions and problem solving. She will not attempt work that she thinks is too hard."),
 sh("Sensory and physical"),
 p("Kacie is very sensitive to noise and to bright lights. She refuses to wear school uniform because she says it is itchy. She finds the dinner hall overwhelming. His sensory difficulties contribute to his behaviour in class."),

 sh("Information from school"),
 p("The school's advice (July 2026) states that Kacie's behaviour has deteriorated significantly over the last two years and that the school has exhausted its resources. The school has used the following strategies at SEN support: a behaviour chart with rewards; a learning mentor; a social skills group; a reduced timetable; a part-time 1:1 teaching assistant funded from the school's budget; an individual behaviour plan; lunchtime club; time out in the inclusion room; and restorative conversations after incidents. The school reports that none of these strategies has been successful for long."),
 p("The school's behaviour log for 2025 to 2026 records 112 incidents, including refusal to follow instructions, leaving the classroom, swearing at staff, damaging equipment, and four incidents of physical aggression towards staff. Most incidents occurred in the morning, in English and maths lessons, and during transitions. The school notes that incidents were fewer in practical lessons such as art and PE, and on days when Kacie's teaching assistant, Mrs Lorna Gibbs, was in school."),
 p("The class teacher, Mr Adam Sutcliffe, reports that Kacie finds it very difficult to work in a busy classroom and will often put her hood up, cover her ears or put her head on the desk. She refuses to read aloud and becomes angry if she is corrected. She is reluctant to start written work and will often rip up her work if she makes a mistake. Mr Sutcliffe states that Kacie can be engaging and funny on a one-to-one basis, and that she has a good knowledge of animals."),
 sh("Information from the educational psychologist"),
 p("The educational psychologist saw Kacie in school in July 2026. Kacie refused to complete any formal assessments. The educational psychologist observed Kacie in class and talked to her teacher, her teaching assistant and her mum. The report states that Kacie's difficulties are complex and that there are features that may be consistent with autism, including sensory sensitivities, difficulties with social communication, a need for predictability and high levels of anxiety. The report states that Kacie's behaviour is likely to be an expression of anxiety and sensory overload rather than deliberate defiance."),
 p("The report recommends: a consistent, trusted key adult; a low-arousal, predictable environment; a sensory assessment by an occupational therapist and a sensory diet; a personalised timetable that is increased gradually; reduced demands and choice; a safe base; social communication support; targeted literacy teaching; staff training on autism and anxiety; and early planning for transition to secondary school, including consideration of a specialist setting."),
 sh("Summary of Kacie's needs"),
 p("Kacie has significant social, emotional and mental health needs, including anxiety, emotional dysregulation and challenging behaviour.", bullet=True),
 p("Kacie has social communication difficulties.", bullet=True),
 p("Kacie has sensory sensitivities.", bullet=True),
 p("Kacie has gaps in her learning and is working well below her age in literacy and maths.", bullet=True),
 p("Kacie has poor attendance and is on a reduced timetable.", bullet=True),
 heading(T, "C"),
 p("Kacie has asthma and uses an inhaler. She is on the CAMHS waiting list. She has difficulty sleeping. She is awaiting an autism assessment."),
 p("Nicola reports that Kacie's asthma is triggered by exercise and cold weather and that she has had two hospital admissions for asthma, the last in January 2025. Kacie keeps a blue inhaler in school. Nicola reports that Kacie does not go to sleep until after midnight on most nights and is very tired in the mornings. Kacie is a fussy eater and will often refuse school lunch. The GP has noted that Kacie's weight is below the expected range for her height."),

 heading(T, "D", "placeholder"),
 p("Not known."),

 heading(T, "E"),
 out("Outcome 1", "Kacie will attend school full time.", subj="Kacie", beh="attend school full time", note="No date; 'full time' is a target state but not a measured criterion over a period."),
 out("Outcome 2", "Kacie will have a 1:1 teaching assistant for XX hours.", provision=True),
 out("Outcome 3", "Kacie will learn to manage her behaviour.", subj="Kacie", beh="learn to manage her behaviour", spec=False),
 out("Outcome 4", "Kacie will make accelerated progress in reading, writing and maths.", subj="Kacie", beh="make accelerated progress in reading, writing and maths", spec=False),
 out("Outcome 5", "Kacie will achieve her potential.", note="Aspiration, not an outcome."),
 out("Outcome 6", "Kacie will have access to a quiet space.", provision=True),

 heading(T, "F"),
 prov("1:1 support from a teaching assistant.", f="XX hours per week", g="1:1", by="Teaching assistant", sp={"what": [], "frequency": []}),
 prov("Access to a quiet space when needed.", f="When needed", sp={"what": "a quiet space", "frequency": []}, nd=True, ng=True),
 prov("A behaviour support plan, risk assessment and positive handling plan.", by="School", sp={"who": []}, nd=True, ng=True),
 prov("Small group interventions for literacy and numeracy.", g="Small group", sp={"what": [], "group": []}),
 prov("Social skills group.", f="Weekly", by="School staff", sp={"who": []}),
 prov("Mentoring sessions to help him reflect on his behaviour.", f="As appropriate", by="Learning mentor", sp={"what": []},
      note="'Mentoring sessions' names no approach; wrong pronoun."),
 prov("Differentiated work and adult support as required.", f="As required", sp={"what": []}),
 prov("Transition support to secondary school.", f="Summer term 2027", by="SENCo", sp={"what": []}, nd=True, ng=True),

 heading(T, "G", "nil"),
 p("None."),
 heading(T, "H1", "nil"),
 p("None."),
 heading(T, "H2", "nil"),
 p("None."),

 heading(T, "I"),
 p("Larkspur Primary School, mainstream primary school."),
 heading(T, "J"),
 p("Not requested."),
 heading(T, "K"),
 p("Parent views.", bullet=True),
 p("School advice: Larkspur Primary School, July 2026.", bullet=True),
 p("Educational psychology advice, July 2026.", bullet=True),
]
blocks += ending("Kacie", CW, DATE)

PLAN = dict(
    id="rv11", stem="rv11_kacie_doherty", child_name=NAME, plan_date="2026-10-02", plan_date_text=DATE,
    age=11, status="final", template=T, pdf=False, target_grade="inadequate",
    cover=cover(NAME, "20 September 2015", "9 Larkspur Rise, Westfield, Riverton RV8 4TG", DATE, "Final", "RV-EHC-26-0154", CW),
    blocks=blocks,
    rationale=("Inadequate. F is almost wholly unquantified ('access to', 'when needed', 'as required', 'small group', 'school staff', 'School') "
               "and the one hours figure is a placeholder ('XX hours'); no item is specific. Outcomes are provision, aspirations or vague verbs; "
               "none is SMART. B's sensory needs (noise, light, uniform, dinner hall) and social communication needs have no matching provision. "
               "C lists asthma, sleep, a CAMHS referral and an autism assessment, yet G says 'None'; D says 'Not known' although the family has a "
               "social worker and the mother asks for help, and H1/H2 say 'None'. No child's voice, deficit-only language throughout B, wrong "
               "pronouns ('his') left from another plan, CAMHS and SENCo unexplained, and K lists no health or social care advice and no authors."),
    layout="Older template: bold 'Part N: <title>' paragraphs, no section letters, mapping in the introduction; cover content controls; outcomes as 'Outcome N:' paragraphs; provision field-per-line blocks with most fields missing.",
    sections_missing=[],
    faults=[("placeholder", "E", "Outcome 2: Kacie will have a 1:1 teaching assistant for XX hours."),
            ("placeholder", "F", "Frequency: XX hours per week"),
            ("blank-section", "D", "Not known."),
            ("unexplained-acronym", "F", "Delivered by: SENCo"),
            ("wrong-pronoun", "B", "His sensory difficulties contribute to his behaviour in class."),
            ("wrong-pronoun", "F", "Provision: Mentoring sessions to help him reflect on his behaviour."),
            ("no-child-voice", "A", "Kacie did not contribute to this section."),
            ("outcome-not-smart", "E", "Outcome 1: Kacie will attend school full time."),
            ("outcome-is-provision", "E", "Outcome 2: Kacie will have a 1:1 teaching assistant for XX hours."),
            ("outcome-not-smart", "E", "Outcome 3: Kacie will learn to manage her behaviour."),
            ("outcome-not-smart", "E", "Outcome 4: Kacie will make accelerated progress in reading, writing and maths."),
            ("aspiration-as-outcome", "E", "Outcome 5: Kacie will achieve her potential."),
            ("outcome-is-provision", "E", "Outcome 6: Kacie will have access to a quiet space."),
            ("vague-provision", "F", "Provision: 1:1 support from a teaching assistant."),
            ("vague-provision", "F", "Provision: Access to a quiet space when needed."),
            ("vague-provision", "F", "Provision: Small group interventions for literacy and numeracy."),
            ("vague-provision", "F", "Provision: Social skills group."),
            ("vague-provision", "F", "Provision: Differentiated work and adult support as required."),
            ("vague-provision", "F", "Provision: Transition support to secondary school."),
            ("need-without-provision", "B", "Kacie is very sensitive to noise and to bright lights."),
            ("health-need-no-provision", "G", "None."),
            ("social-care-need-no-provision", "H2", "None."),
            ("unexplained-acronym", "A", "She was referred to CAMHS in 2025 and is on the waiting list for an autism assessment."),
            ("no-health-or-social-care-advice", "K", "Part 12: Advice and Information"),
            ("deficit-only-language", "B", "Kacie presents with extremely challenging behaviour."),
            ("deficit-only-language", "B", "Staff report that she is controlling and manipulative.")],
)
