from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    P("Leah did not wish to contribute to this section."),
    P("Parent's views: Leah's mum, Nicola Cartwright, says Leah used to love school and was a bright, chatty girl in "
      "primary school who loved dance and animals. Since starting at Ashgate Community College things have gone "
      "downhill. Leah says she is being picked on, she doesn't sleep and she won't get out of bed in the morning. "
      "Nicola says she has tried everything, including taking Leah's phone away and driving her to the gate, but Leah "
      "will not go in. Nicola said: “I just want my daughter back. I want her in school and I want someone to find "
      "out what is going on with her.” Nicola works shifts at a care home and says the situation is affecting her job."),
    P("Nicola also sent in a letter, which is copied here as she asked: “To whoever reads this. Leah was never any "
      "trouble at primary. She had a lovely group of friends and she did ballet and street dance every week and she "
      "wanted to be a vet. When she went up to the college it was like a switch flicked. The first term was okay but "
      "after Christmas in Year 7 some girls started a group chat about her and put photos on it. I reported it to the "
      "college and they said they dealt with it, but Leah says it never stopped, it just moved to a different app. She "
      "stopped going to dance. She started saying she had stomach aches every morning. I took her to the doctor three "
      "times. By the summer she was going in about three days a week. This year she has hardly been in at all. Some "
      "mornings she is sick. She sits in her room with the curtains shut. She is up until 3 or 4 in the morning on her "
      "phone. I have had letters about fines and a meeting with the attendance officer, and I feel like I am being "
      "blamed when I can't physically carry a 13 year old into school. I have asked for help so many times. I want "
      "someone to actually listen to Leah and find out what she needs. I think she needs to see a counsellor and she "
      "needs a smaller place to learn, at least to start with. Please don't just send us another plan that says the "
      "same things as before.”"),
    P("Leah lives with her mum and her stepdad, Dean Ward, and her half-brother Riley, who is 2. She sees her dad, "
      "Paul Cartwright, occasionally."),
    P("Chloe would like to work with animals when she is older."),
    P("Nicola said at the planning meeting that Leah had agreed to talk to the EP at home but did not want to write "
      "anything down or come to the meeting, and that Leah “just wants it all to go away”."),
    P("History: Leah attended Ashgate Primary School, where there were no concerns about her until Year 6, when her "
      "attendance dropped to 91% and she became anxious before SATs. She started at Ashgate Community College in "
      "September 2024. Her attendance in Year 7 was 71% and this year it is 38%. She has not attended full-time since "
      "October 2025. The school requested an EHC needs assessment in September 2025. The assessment was agreed in "
      "October 2025. Advice was requested from the EP, the college, and Nicola. Leah was offered the chance to meet the "
      "SEND officer at home or at the college but did not take this up. Nicola was given details of Northmoor SENDIASS "
      "and of the parent carer forum, and has since been supported by a SENDIASS adviser, Mrs Karen Whitely, who "
      "attended the planning meeting with her. At that meeting the college said that it could offer a place in its "
      "new Inclusion Hub from the spring term, a small base for up to 10 students with its own entrance."),
]))
S.append(("B", HEAD["B"], [
    H2("Social, emotional and mental health"),
    P("Leah presents with significant anxiety, low mood and EBSA. She reports difficulties with peer relationships and "
      "has described an incident of online bullying in Year 7 which she says is still ongoing. When in school she "
      "spends most of her time in the Inclusion Room. She has told staff she feels “like there is no point” and has "
      "disclosed self-harm (cutting) to a member of staff in November 2025, which was referred to the DSL and the GP. "
      "She is on the waiting list for CAMHS."),
    P("The following is taken from the school's request for assessment: “Leah is a capable student whose attendance "
      "has fallen sharply. She has been supported through the college's graduated response, including a pastoral "
      "support plan, a reduced timetable, mentoring with the pastoral lead, a referral to the school nurse, and an "
      "Early Help assessment. None of these has led to a sustained improvement. Staff are concerned about her "
      "wellbeing and her safety. Leah reports that she finds the corridors and the canteen overwhelming, that she "
      "cannot concentrate in lessons because she is worrying about what others think of her, and that she is behind in "
      "all her subjects, which makes her more anxious about coming in. The college believes that Leah's needs now "
      "exceed what can be provided at SEN support.”"),
    P("The EP report states that Leah “presents with high levels of anxiety consistent with an anxiety-based school "
      "avoidance profile. She is a socially aware young person with average cognitive ability. Her non-attendance "
      "functions mainly to avoid feelings of distress linked to the school environment, particularly social "
      "situations, and is maintained by the relief she feels at home. A gradual, planned, relationship-based return is "
      "recommended, with a trusted key adult, a safe base, a personalised timetable and close work with home. Chloe "
      "will need her views to be central to any plan.”"),
    P("EP assessment results (from the EP report): British Ability Scales (BAS3): verbal similarities T-score 48; "
      "matrices T-score 51; recall of digits forward T-score 44; word reading standard score 103; spelling standard "
      "score 99; number skills standard score 94. The Revised Children's Anxiety and Depression Scale (RCADS) was "
      "completed by Leah and by her mother. Leah's scores were in the clinical range for social anxiety, separation "
      "anxiety and major depression, and in the borderline range for generalised anxiety. Her mother's ratings were "
      "similar. A School Refusal Assessment Scale (SRAS-R) indicated that avoidance of school-related situations that "
      "provoke negative feelings, and escape from social or evaluative situations, are the main functions of Leah's "
      "non-attendance."),
    P("Attendance summary provided by the college:"),
    KV([["Period", "Attendance", "Notes"],
        ["Year 6 (Ashgate Primary School)", "91%", "Anxiety before SATs"],
        ["Year 7 autumn term", "88%", "Stomach aches; some late arrivals"],
        ["Year 7 spring term", "69%", "Group chat incident reported January 2025"],
        ["Year 7 summer term", "57%", "Reduced timetable from June 2025"],
        ["Year 8 autumn term", "38%", "Part-time timetable; attending Inclusion Room only"]], widths=[6, 3, 8]),
    P("The school nurse, Mrs Joanne Birch, saw Leah twice in the autumn term. Her note states that Leah reported poor "
      "sleep, stomach pains on school days and low mood, and that she was referred back to her GP. The GP referred Leah "
      "to CAMHS in November 2025 following the disclosure of self-harm. The college's Designated Safeguarding Lead has "
      "a safety plan in place for Leah, which is shared with her mum."),
    P("The safety plan includes a named adult Leah can go to if she feels unsafe, a daily check of how she is "
      "feeling when she attends, and agreed actions for her mum if Leah discloses further self-harm at home. Nicola "
      "says that Leah has been more open with her since the disclosure and that they have talked about what might help, "
      "including a smaller setting or online lessons for part of the week."),
    P("The pastoral lead, Mr Kieran Doyle, reports that when Leah does attend she is polite, engages well on a 1:1 basis "
      "and completes work set in the Inclusion Room, especially in English and art. She has one friend, Sophie, who "
      "sometimes joins her at break. Leah has said that she would consider coming in more if she did not have to go "
      "into the canteen or walk the main corridor at changeover. She said she would like to do GCSE art and animal care."),
    P("Support already put in place by the college (from the request for assessment):"),
    B("Pastoral support plan from February 2025, reviewed half-termly with Leah and her mum."),
    B("Mentoring with the pastoral lead, weekly from March 2025."),
    B("Reduced timetable (mornings only) from June 2025, later changed to Inclusion Room attendance."),
    B("Referral to the school nurse (October 2025) and to the Early Help Service (September 2025)."),
    B("Home visits by the attendance officer and the pastoral lead (four visits in the autumn term)."),
    B("A 'time out' card and a pass to use the lift to avoid the main corridor."),
    P("The EP's recommendations (copied from the report): “1. A named key adult whom Leah trusts, available at the start "
      "and end of each day. 2. A safe base in school that Leah can go to without having to explain herself. 3. A "
      "personalised, graded return timetable, agreed with Leah, starting with times and places she identifies as "
      "manageable and increasing in small steps each fortnight. 4. Avoidance of the canteen and main corridor in the "
      "early stages. 5. Work with Leah on anxiety management, ideally through a CBT-informed approach. 6. Regular "
      "communication with home. 7. Catch-up support in core subjects, prioritised by Leah. 8. Consideration of online "
      "learning or tuition as a bridge if attendance does not improve. 9. Action on the online bullying, involving Leah "
      "in deciding what would make her feel safe. 10. A review of progress after 6 weeks.”"),
    H2("Cognition and learning"),
    P("Leah's attainment has been affected by her low attendance. Her KS2 results were at the expected standard in "
      "reading, writing and maths. Teachers' current assessments place her below target in most subjects. The EP found "
      "her cognitive abilities to be in the average range with no specific learning difficulties. She needs help to "
      "catch up on missed learning."),
    P("Subject teacher comments (collected by the SENCo, October 2025): English – “Leah is a thoughtful writer when she "
      "is here and her work from the Inclusion Room is of a good standard. She has missed most of the teaching on the "
      "Year 8 novel.” Mathematics – “Significant gaps in algebra and ratio due to absence. Leah is reluctant to ask "
      "questions.” Science – “Leah has not attended a practical lesson this year.” Art – “Leah has real talent and has "
      "completed some work at home. I would like her to consider GCSE art.” PE – “Leah has not taken part in PE since "
      "the summer term of Year 7 and does not want to use the changing rooms.”"),
    P("The college's most recent progress report (December 2025) shows Leah working below her target grade in 9 of her "
      "11 subjects, and at or above target only in English and art."),
    P("Leah told the EP that she would like to be able to come into school without “everyone staring”, to have one "
      "person she can talk to, and to catch up in maths. She said that she finds it easier to talk to adults than to "
      "people her own age at the moment."),
    H2("Communication and interaction"),
    P("No identified needs."),
    H2("Sensory and/or physical needs"),
    P("Leah reports that she finds noise and crowds overwhelming. No other needs."),
]))
S.append(("D", HEAD["D"], [
    P("The Early Help assessment found that the family would benefit from support with routines, with Leah's sleep "
      "and phone use, and with Nicola's own stress, and that Riley's needs are well met. The family support worker "
      "visits fortnightly and has helped Nicola to set up a bedtime routine and a plan for Leah's phone at night, which "
      "Leah has so far not agreed to. The Early Help plan is due to be reviewed in March 2026, and the family support "
      "worker has said that she will consider a referral to Children's Services if Leah's self-harm continues or her "
      "mood gets worse. An Early Help assessment was completed in October 2025. The family are being supported by a family support "
      "worker from the Northmoor Early Help Service, Shelley Grant. There are no social care needs."),
]))
S.append(("E", HEAD["E"], [
    H2("Outcomes"),
    O("1. Leah will attend school.", note="No criterion or timescale."),
    O("2. Leah will be happy and confident.", asp=True),
    O("3. Leah will have a key worker and a safe space in school.", prov=True),
    O("4. Leah will receive support from CAMHS.", prov=True),
    O("5. Leah will catch up with her learning by [insert date].",
      s="Leah", b="catch up with her learning", note="Placeholder where the date should be; vague behaviour, no criterion."),
    O("6. By the end of Year 9, Leah will attend at least 80% of sessions.",
      s="Leah", b="attend", c="at least 80% of sessions", t="By the end of Year 9"),
]))
S.append(("F", HEAD["F"], [
    P("Ashgate Community College will provide:"),
    T("Social, emotional and mental health", [
        ("Anxiety, low mood and EBSA", [
            R("Key worker support.", "Key worker", "Daily", "", "1:1", what=[], who_s=[], vague=True,
              note="'Key worker' is never defined (role or person)."),
            R("Access to the Inclusion Room.", "Inclusion staff", "As needed", "", "", what=["the Inclusion Room"], vague=True, nodur=True),
            R("Reduced/personalised timetable, to be increased gradually.", "Pastoral lead", "Ongoing", "", "N/A", vague=True, nodur=True,
              note="No hours or plan for increase."),
            R("Mentoring.", "Pastoral lead", "Weekly", "", "1:1", what=[], vague=True, note="No content or length."),
            R("Support with friendships and online safety.", "School staff", "As appropriate", "", "Small group", what=[], vague=True),
        ]),
        ("Return to school", [
            R("Phased return plan as recommended by the EP, including Chloe's views.", "SENCo and EP", "TBC", "", "", f=[],
              vague=True, what=["Phased return plan"], nodur=True),
            R("Tuition at home.", "Northmoor Medical Needs Teaching Service", "XX hours per week", "", "1:1", f=[], d=[],
              note="Hours left as 'XX'."),
        ]),
    ]),
    T("Cognition and learning", [
        ("Gaps in learning", [
            R("Catch-up work and interventions.", "Subject teachers", "Where possible", "", "", what=[], vague=True),
            R("Work sent home through the online learning platform.", "Subject teachers", "Weekly", "", "N/A", nodur=True,
              note="Specific enough as a home-learning arrangement, though it does not meet the catch-up need."),
        ]),
    ]),
    P("Provision to be reviewed at the next review in September 2025."),
]))
S.append(("G", HEAD["G"], [P("N/A")]))
S.append(("H1", HEAD["H1"], [P("N/A")]))
S.append(("H2", HEAD["H2"], [P("N/A")]))
S.append(("I", HEAD["I"], [
    KV([["Name of school", "Ashgate Community College"],
        ["Type of school", "Mainstream secondary academy"]], header=False, widths=[5.5, 11.5]),
]))
S.append(("J", HEAD["J"], [P("N/A")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Parental advice", "Nicola Cartwright", "3 November 2025"],
        ["Educational advice", "Ashgate Community College", "7 November 2025"],
        ["Educational psychology advice", "Ms Yvonne Tait, Educational Psychologist", "[insert date]"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="leah_cartwright", child="Leah Cartwright", dob="2013-01-19", plan_date="2026-02-04", status="final", grade="inadequate",
    cover=cover("Leah Cartwright", "19 January 2013", "263 918 4075", "L823403392013", "4 February 2026", "Final",
                "Paula Greenhalgh, SEND Officer", school="Ashgate Community College (Year 8)"),
    sections=S, status_of={"G": "nil", "H1": "nil", "H2": "nil", "J": "nil"}, missing=["C"],
    layout="Heading 1 'Section X – ...' headings after a cover table, but no Section C heading at all; E a short numbered "
           "list; F as two tables with merged title row and vertically merged Need column; G/H1/H2 'N/A'.",
    rationale=("Inadequate. Section C is missing altogether although B describes anxiety, low mood, self-harm and a CAMHS "
               "referral, and G just says 'N/A' (limiting). Another child's name ('Chloe') is left in three places from a "
               "copied plan, and placeholders ('[insert date]', 'XX hours per week', 'TBC') remain (limiting). Section A has no "
               "child's voice (her views appear only second-hand in B). Only 1 of 6 outcomes is SMART; the rest are vague, an aspiration, or provision. F is almost "
               "entirely unquantified ('key worker support', 'as needed', 'ongoing', 'where possible'), the key need "
               "(planned return to school) has no specified provision, and the review date is already past. D describes Early "
               "Help involvement yet says no needs, with no social care or health advice in K; EBSA, DSL, KS2 unexplained."),
    faults=[
        dict(kind="missing-section", section="C", sentence="Section B – Special educational needs"),
        dict(kind="no-child-voice", section="A", sentence="Leah did not wish to contribute to this section."),
        dict(kind="wrong-child-name", section="A", sentence="Chloe would like to work with animals when she is older."),
        dict(kind="wrong-child-name", section="B", sentence="Chloe will need her views to be central to any plan."),
        dict(kind="wrong-child-name", section="F", sentence="Phased return plan as recommended by the EP, including Chloe's views."),
        dict(kind="placeholder", section="E", sentence="5. Leah will catch up with her learning by [insert date]."),
        dict(kind="placeholder", section="F", sentence="Phased return plan as recommended by the EP, including Chloe's views. | SENCo and EP | TBC"),
        dict(kind="placeholder", section="F", sentence="Tuition at home. | Northmoor Medical Needs Teaching Service | XX hours per week | 1:1"),
        dict(kind="placeholder", section="K", sentence="Educational psychology advice | Ms Yvonne Tait, Educational Psychologist | [insert date]"),
        dict(kind="past-date", section="F", sentence="Provision to be reviewed at the next review in September 2025."),
        dict(kind="outcome-not-smart", section="E", sentence="1. Leah will attend school."),
        dict(kind="aspiration-as-outcome", section="E", sentence="2. Leah will be happy and confident."),
        dict(kind="outcome-is-provision", section="E", sentence="3. Leah will have a key worker and a safe space in school."),
        dict(kind="outcome-is-provision", section="E", sentence="4. Leah will receive support from CAMHS."),
        dict(kind="outcome-not-smart", section="E", sentence="5. Leah will catch up with her learning by [insert date]."),
        dict(kind="vague-provision", section="F", sentence="Key worker support. | Key worker | Daily | 1:1"),
        dict(kind="vague-provision", section="F", sentence="Access to the Inclusion Room. | Inclusion staff | As needed"),
        dict(kind="vague-provision", section="F", sentence="Reduced/personalised timetable, to be increased gradually. | Pastoral lead | Ongoing | N/A"),
        dict(kind="vague-provision", section="F", sentence="Mentoring. | Pastoral lead | Weekly | 1:1"),
        dict(kind="vague-provision", section="F", sentence="Support with friendships and online safety. | School staff | As appropriate | Small group"),
        dict(kind="vague-provision", section="F", sentence="Catch-up work and interventions. | Subject teachers | Where possible"),
        dict(kind="health-need-no-provision", section="G", sentence="She is on the waiting list for CAMHS."),
        dict(kind="need-without-provision", section="B", sentence="Leah reports that she finds noise and crowds overwhelming."),
        dict(kind="social-care-need-no-provision", section="D", sentence="There are no social care needs."),
        dict(kind="no-health-or-social-care-advice", section="K", sentence="Educational advice | Ashgate Community College | 7 November 2025"),
        dict(kind="unexplained-acronym", section="B", sentence="Leah presents with significant anxiety, low mood and EBSA."),
        dict(kind="unexplained-acronym", section="B", sentence="Her KS2 results were at the expected standard in reading, writing and maths."),
    ],
)
