"""Tests for the webinar attendance report parser (pure: no database needed)."""

import pytest

from courses.live.attendance_csv import (
    MAX_BYTES,
    MAX_LINES,
    AttendanceFileError,
    AttendanceRow,
    RowProblem,
    parse_attendance,
)


def _csv(*lines: str, encoding: str = "utf-8", newline: str = "\r\n") -> bytes:
    return newline.join(lines).encode(encoding)


def test_zoom_export_with_summary_block_above_the_participants():
    # Zoom's meeting summary has its own "User Email" / "Duration (Minutes)" header and the
    # host's row: the participant table below it is the one to read.
    data = _csv(
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
        "812 3456 7890,Atelier facturation,05/03/2025 10:00:00 AM,05/03/2025 11:00:00 AM,"
        "hote@accelerateur.fr,61,3",
        "",
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
        "Alice Martin,Alice.Martin@Example.FR ,05/03/2025 10:01:02 AM,05/03/2025 10:59:00 AM,"
        "58,Yes",
        '"Durand, Bob",bob@example.com,05/03/2025 10:05:00 AM,05/03/2025 10:35:00 AM,30,Yes',
    )

    parsed = parse_attendance(data)

    assert parsed.rows == [
        AttendanceRow(line=5, email="alice.martin@example.fr", minutes=58),
        AttendanceRow(line=6, email="bob@example.com", minutes=30),
    ]
    assert parsed.problems == []


def test_french_excel_export_semicolon_cp1252_and_decimal_comma():
    data = _csv(
        "sep=;",
        "Nom;Prénom;Adresse électronique;Durée (minutes)",
        "Lefèvre;Hélène;helene@exemple.fr;42,5",
        "Garçon;Éric;eric@exemple.fr;12,4",
        "Noël;Zoé;zoe@exemple.fr;7",
        encoding="cp1252",
    )
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fallback really is exercised

    parsed = parse_attendance(data)

    assert parsed.rows == [
        AttendanceRow(line=3, email="helene@exemple.fr", minutes=43),
        AttendanceRow(line=4, email="eric@exemple.fr", minutes=12),
        AttendanceRow(line=5, email="zoe@exemple.fr", minutes=7),
    ]
    assert parsed.problems == []


def test_utf8_bom_tab_delimited_with_french_headers_and_blank_lines():
    data = "\ufeffCourriel\tTemps de présence (min)\n\na@exemple.fr\t10\n\t\n\nb@exemple.fr\t5\n"

    parsed = parse_attendance(data.encode("utf-8"))

    assert parsed.rows == [
        AttendanceRow(line=3, email="a@exemple.fr", minutes=10),
        AttendanceRow(line=6, email="b@exemple.fr", minutes=5),
    ]
    assert parsed.problems == []  # blank lines are ignored silently


def test_semicolon_file_with_commas_in_cells_keeps_the_sniffed_delimiter():
    # Commas outnumber semicolons here, and splitting on commas would even produce a plausible
    # header ("…E-mail…" / "en minutes"): the sniffer's consistent-count guess must win.
    data = _csv(
        "Nom, prénom;E-mail;Durée, en minutes, arrondie",
        "Martin, Alice;alice@example.com;42,5",
        "Durand, Bob;bob@example.com;12,5",
        "Roy, Léa;lea@example.com;3,5",
    )
    assert data.count(b",") > data.count(b";")

    parsed = parse_attendance(data)

    assert parsed.rows == [
        AttendanceRow(line=2, email="alice@example.com", minutes=43),
        AttendanceRow(line=3, email="bob@example.com", minutes=13),
        AttendanceRow(line=4, email="lea@example.com", minutes=4),
    ]
    assert parsed.problems == []


def test_data_row_resembling_a_header_is_not_taken_for_one():
    # "Min" (a surname) reads like a minutes column and "min@mail.com" like an e-mail one.
    data = _csv(
        "Name,User Email,Duration (Minutes)",
        "Min Ji-ho,min@mail.com,30",
        "Ana Costa,ana@example.com,5",
    )

    parsed = parse_attendance(data)

    assert parsed.rows == [
        AttendanceRow(line=2, email="min@mail.com", minutes=30),
        AttendanceRow(line=3, email="ana@example.com", minutes=5),
    ]
    assert parsed.problems == []


@pytest.mark.parametrize(
    ("duration", "minutes"),
    [
        ("1:05:30", 66),  # h:m:s, 65.5 min rounded half up
        ("0:10:29", 10),
        ("65:30", 66),  # m:s
        ("45:00", 45),
        ("0:00:29", 0),
        ("42.5", 43),
        ("42.49", 42),
        ("1h 2m 3s", 62),  # Teams
        ("45m 30s", 46),
        ("--", 0),  # Zoom's placeholder for a registrant who never joined
    ],
)
def test_duration_formats(duration, minutes):
    data = _csv("Email,Duration (Minutes)", f'x@example.com,"{duration}"')

    parsed = parse_attendance(data)

    assert parsed.problems == []
    assert parsed.rows == [AttendanceRow(line=2, email="x@example.com", minutes=minutes)]


def test_hms_durations_in_a_time_in_session_column():
    data = _csv(
        "User Name,Email,Time in Session (minutes)",
        "A,a@example.com,1:00:00",
        "B,b@example.com,0:59:31",
        "C,c@example.com,2:15:29",
    )

    parsed = parse_attendance(data)

    assert [(r.email, r.minutes) for r in parsed.rows] == [
        ("a@example.com", 60),
        ("b@example.com", 60),
        ("c@example.com", 135),
    ]


def test_duplicated_emails_are_summed_on_the_first_line():
    data = _csv(
        "E-mail;Minutes",
        "anne@example.com;20",
        "paul@example.com;15",
        "ANNE@example.com ;12",
        "anne@example.com;3",
    )

    parsed = parse_attendance(data)

    assert parsed.rows == [
        AttendanceRow(line=2, email="anne@example.com", minutes=35),
        AttendanceRow(line=3, email="paul@example.com", minutes=15),
    ]


def test_bad_lines_are_reported_with_their_line_number_and_good_lines_still_parse():
    data = _csv(
        "Nom,User Email,Attendance duration",
        "Ok,ok@example.com,30",
        "Sans arobase,pas-une-adresse,12",
        "Durée cassée,dur@example.com,abc",
        "Vide,,10",
        "Négatif,neg@example.com,-5",
        "Les deux,nimporte,quoi",
        "Encore ok,ok2@example.com,1:00:00",
    )

    parsed = parse_attendance(data)

    assert parsed.rows == [
        AttendanceRow(line=2, email="ok@example.com", minutes=30),
        AttendanceRow(line=8, email="ok2@example.com", minutes=60),
    ]
    assert parsed.problems == [
        RowProblem(
            line=3,
            raw="Sans arobase,pas-une-adresse,12",
            message="Adresse e-mail invalide : « pas-une-adresse ».",
        ),
        RowProblem(
            line=4, raw="Durée cassée,dur@example.com,abc", message="Durée illisible : « abc »."
        ),
        RowProblem(line=5, raw="Vide,,10", message="Adresse e-mail manquante."),
        RowProblem(line=6, raw="Négatif,neg@example.com,-5", message="Durée négative : « -5 »."),
        RowProblem(
            line=7,
            raw="Les deux,nimporte,quoi",
            message="Adresse e-mail invalide : « nimporte ». Durée illisible : « quoi ».",
        ),
    ]


def test_line_numbers_follow_quoted_cells_spanning_lines():
    data = _csv(
        "Email,Comment,Minutes",
        'a@example.com,"sur deux\nlignes",oops',
        "b@example.com,,4",
        newline="\n",
    )

    parsed = parse_attendance(data)

    assert parsed.problems == [
        RowProblem(
            line=2,
            raw='a@example.com,"sur deux\nlignes",oops',
            message="Durée illisible : « oops ».",
        )
    ]
    assert parsed.rows == [AttendanceRow(line=4, email="b@example.com", minutes=4)]


def test_raw_line_is_shortened_to_200_characters():
    data = _csv("Email,Minutes,Note", "bad,1," + "x" * 500)

    (problem,) = parse_attendance(data).problems

    assert len(problem.raw) == 200
    assert problem.raw.startswith("bad,1,xxx")


def test_seconds_column_is_not_mistaken_for_minutes():
    data = _csv("Email,Duration (seconds)", "a@example.com,3600")

    with pytest.raises(AttendanceFileError):
        parse_attendance(data)


def test_implausible_duration_is_reported():
    data = _csv("Email,Durée", "a@example.com,3600")

    parsed = parse_attendance(data)

    assert parsed.rows == []
    assert parsed.problems[0].message == "Durée invraisemblable : « 3600 » (plus de 24 heures)."


def test_teams_report_reads_the_last_section():
    # Teams lists participants (total time) then every connection: reading both would count
    # everyone twice; the last table holds the per-connection rows, summed here.
    data = _csv(
        "1. Summary",
        "Meeting title\tAtelier",
        "",
        "2. Participants",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole",
        "Alice\t10:00\t11:00\t50m 0s\talice@example.com\tAttendee",
        "",
        "3. In-Meeting Activities",
        "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
        "Alice\t10:00\t10:30\t30m 0s\talice@example.com\tAttendee",
        "Alice\t10:40\t11:00\t20m 0s\talice@example.com\tAttendee",
        encoding="utf-16",
    )

    parsed = parse_attendance(data)

    assert parsed.rows == [AttendanceRow(line=10, email="alice@example.com", minutes=50)]
    assert parsed.problems == []


MSG_NO_COLUMNS = (
    "Colonnes introuvables : le fichier doit contenir une colonne e-mail et une colonne minutes."
)


@pytest.mark.parametrize(
    "data",
    [
        _csv("Nom,Prénom,Entreprise", "Martin,Alice,ACME"),
        _csv("Nom,Email", "Martin,alice@example.com"),  # no minutes column
        _csv("Nom,Minutes", "Martin,12"),  # no e-mail column
        _csv("Email Minutes", "alice@example.com 12"),  # both names in a single column
    ],
)
def test_file_without_the_columns_raises(data):
    with pytest.raises(AttendanceFileError) as excinfo:
        parse_attendance(data)

    assert str(excinfo.value) == MSG_NO_COLUMNS


def test_empty_file_raises():
    with pytest.raises(AttendanceFileError, match="^Le fichier est vide\\.$"):
        parse_attendance(b"\xef\xbb\xbf\r\n")


def test_too_big_file_raises():
    header = "Email,Minutes\n"
    row = "someone@example.com,10\n"
    data = (header + row * (MAX_BYTES // len(row) + 1)).encode()
    assert len(data) > MAX_BYTES

    with pytest.raises(AttendanceFileError, match="trop volumineux"):
        parse_attendance(data)


def test_file_at_the_size_limit_is_accepted():
    data = b"Email,Minutes\na@example.com,10\n"
    data += b" " * (MAX_BYTES - len(data))

    assert parse_attendance(data).rows == [AttendanceRow(line=2, email="a@example.com", minutes=10)]


def test_too_many_lines_raises():
    data = ("Email,Minutes\n" + "\n" * MAX_LINES).encode()
    assert len(data) < MAX_BYTES

    with pytest.raises(AttendanceFileError, match="20 000 lignes"):
        parse_attendance(data)


def test_excel_workbook_is_refused_with_a_helpful_message():
    with pytest.raises(AttendanceFileError, match="classeur Excel"):
        parse_attendance(b"PK\x03\x04" + b"\x00" * 100)
