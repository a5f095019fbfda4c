namespace DienHong.Cli.Tests;

/// <summary>
/// One malformed input to the command line: how to make it in a scratch folder, the exit code it must give, and
/// what the one line telling of it must name (the file or argument) and say (the problem).
/// </summary>
public sealed record MalformedInput(string Name, Func<TempFolder, string[]> Args, int Exit, string Names, string Problem)
{
    public override string ToString() => Name;

    public static IReadOnlyList<MalformedInput> All { get; } = [.. CalendarFiles(), .. CalendarArguments(), .. Scenarios(), .. Organizations(), .. Databases()];

    private const string Tet2030 = """{ "date": "2030-02-02", "reason": { "vi": "Tết" } }""";

    private static IEnumerable<MalformedInput> CalendarFiles()
    {
        MalformedInput Year(string name, string json, string problem) =>
            new(name, t => Holidays(t, "vn-2030.json", json), 2, "vn-2030.json", problem);

        yield return Year("calendar: not JSON", """{ "year": 2030, """, "malformed JSON at line 1");
        yield return Year("calendar: empty file", string.Empty, "the file is empty");
        yield return Year("calendar: year is text", """{ "year": "2030" }""", "'year' has the wrong type");
        yield return Year("calendar: daysOff is text", """{ "year": 2030, "daysOff": "Tết" }""", "'daysOff' has the wrong type");
        yield return Year("calendar: a top-level array", "[ 2030 ]", "must hold a JSON object");
        yield return Year("calendar: no year", """{ "daysOff": [] }""", "\"year\" is missing");
        yield return Year("calendar: year and file name differ", """{ "year": 2031, "daysOff": [] }""", "the file name says 2030");
        yield return Year("calendar: a date outside the year", $$"""{ "year": 2030, "daysOff": [ {{Tet2030}}, { "date": "2031-01-01", "reason": { "vi": "x" } } ] }""", "is not in 2030");
        yield return Year("calendar: a date twice", $$"""{ "year": 2030, "daysOff": [ {{Tet2030}}, {{Tet2030}} ] }""", "listed twice");
        yield return Year("calendar: 30 February", $$"""{ "year": 2030, "daysOff": [ {{Tet2030}}, { "date": "2030-02-30", "reason": { "vi": "x" } } ] }""", "\"2030-02-30\" is not a date");
        yield return Year("calendar: no Tết", """{ "year": 2030, "daysOff": [ { "date": "2030-05-02", "reason": { "vi": "x" } } ] }""", "must list the Tết span");
        yield return Year("calendar: a key twice", "{ \"year\": 2030,\n  \"year\": 2030 }", "line 2: the key 'year' appears twice");
        yield return Year("calendar: unknown property", """{ "year": 2030, "holidays": [] }""", "unknown property 'holidays'");
        yield return new("calendar: a folder named like a year file", t =>
        {
            Directory.CreateDirectory(Path.Combine(t.Path, "cal", "vn-2030.json"));
            return ["calendar", "holidays", "2030", "--calendars", Path.Combine(t.Path, "cal")];
        }, 2, "vn-2030.json", "is a folder");
        yield return new("calendar: --calendars does not exist", t => ["calendar", "holidays", "2030", "--calendars", Path.Combine(t.Path, "none")], 2, "none", "does not exist");
        yield return new("calendar: --calendars is a file", t => ["calendar", "holidays", "2030", "--calendars", t.Write("cal.json", "{}")], 2, "cal.json", "is a file, not a folder");
        yield return new("calendar: add across a bad year", t =>
        {
            var folder = Calendars(t, "vn-2030.json", "{");
            return ["calendar", "add", "2029-12-20", "30", "--working-days", "--calendars", folder];
        }, 2, "vn-2030.json", "malformed JSON");
        yield return new("calendar: a simulation reaching a bad year", t =>
        {
            var folder = Calendars(t, "vn-2027.json", """{ "year": 2027 }""");
            return ["simulate", ScenarioFiles.Write(t, "[]"), "--calendars", folder];
        }, 2, "vn-2027.json", "must list the Tết span");
    }

    private static IEnumerable<MalformedInput> CalendarArguments()
    {
        MalformedInput Add(string name, string[] args, string names, string problem) => new(name, _ => ["calendar", "add", .. args], 2, names, problem);

        yield return Add("add: month 13", ["2027-13-01", "5", "--days"], "<date>", "'2027-13-01' is not a date");
        yield return Add("add: a word for a date", ["tomorrow", "5", "--days"], "<date>", "'tomorrow' is not a date");
        yield return Add("add: year 1", ["0001-01-01", "5", "--days"], "<date>", "outside the years the calendar covers");
        yield return Add("add: year 9999", ["9999-12-31", "5", "--days"], "<date>", "outside the years the calendar covers");
        yield return Add("add: a million working days", ["2027-02-01", "1000000", "--working-days"], "<n>", "go past 2199");
        yield return Add("add: a billion calendar days", ["2027-02-01", "2147483647", "--days"], "<n>", "go past 2199");
        yield return Add("add: negative days", ["2027-02-01", "-5", "--days"], "<n>", "'-5' is not a whole number");
        yield return Add("add: a word for days", ["2027-02-01", "five", "--days"], "<n>", "'five' is not a whole number");
        yield return Add("add: more days than a number holds", ["2027-02-01", "99999999999", "--days"], "<n>", "'99999999999' is not a whole number");
        yield return Add("add: no way of counting", ["2027-02-01", "5"], "--working-days", "say how to count");
        yield return Add("add: two ways of counting", ["2027-02-01", "5", "--days", "--working-days"], "--working-days", "count one way only");
        yield return new("holidays: year 1", _ => ["calendar", "holidays", "1"], 2, "<year>", "'1' is not a year between 1800 and 2199");
        yield return new("holidays: a word for a year", _ => ["calendar", "holidays", "next"], 2, "<year>", "'next' is not a year");
    }

    private static IEnumerable<MalformedInput> Scenarios()
    {
        MalformedInput Steps(string name, string steps, string problem) => new(name, t => ["simulate", ScenarioFiles.Write(t, steps)], 2, ".scenario.json", problem);
        MalformedInput File(string name, string json, string problem) => new(name, t => ["simulate", t.Write("bad.scenario.json", json)], 2, "bad.scenario.json", problem);

        yield return new("scenario: missing file", t => ["simulate", Path.Combine(t.Path, "none.scenario.json")], 2, "none.scenario.json", "does not exist");
        yield return new("scenario: a folder", t => ["simulate", t.Path], 2, "dienhong-cli-tests", "is a folder");
        yield return File("scenario: not JSON", "{ \"workflow\": ", "malformed JSON at line 1");
        yield return File("scenario: empty", "   ", "the file is empty");
        yield return File("scenario: an array", "[]", "must hold a JSON object");
        yield return File("scenario: a key twice", "{\n \"start\": \"2027-02-01\",\n \"start\": \"2027-02-02\" }", "line 3: the key 'start' appears twice");
        yield return File("scenario: no workflow", """{ "start": "2027-02-01T08:00:00" }""", "'workflow'");
        yield return File("scenario: workflow is a number", """{ "workflow": 7 }""", "'workflow' must be a text");
        yield return File("scenario: missing workflow file", """{ "workflow": "none.workflow.json", "start": "2027-02-01" }""", "the workflow file 'none.workflow.json' does not exist");
        yield return new("scenario: an invalid workflow", t =>
        {
            t.Write("w.workflow.json", """{ "key": 5 }""");
            return ["simulate", t.Write("w.scenario.json", """{ "workflow": "w.workflow.json", "start": "2027-02-01" }""")];
        }, 2, "w.workflow.json", "no Start node");
        yield return Steps("scenario: unknown step kind", """[ { "jump": "draft" } ]""", "step 1: unknown step kind");
        yield return Steps("scenario: two kinds in a step", """[ { "complete": "draft", "advance": { "days": 1 }, "outcome": "Submitted" } ]""", "step 1: a step has one kind");
        yield return Steps("scenario: a step that is not an object", """[ 7 ]""", "step 1: a step is a JSON object");
        yield return Steps("scenario: unknown node", """[ { "complete": "nowhere", "outcome": "Done" } ]""", "unknown node 'nowhere'");
        yield return Steps("scenario: complete without outcome", """[ { "complete": "draft" } ]""", "needs an 'outcome'");
        yield return Steps("scenario: unknown duration", """[ { "advance": { "weeks": 1 } } ]""", "unknown duration 'weeks'");
        yield return Steps("scenario: negative duration", """[ { "advance": { "days": -1 } } ]""", "'advance.days' must be a whole number");
        yield return Steps("scenario: fractional duration", """[ { "advance": { "workingDays": 1.5 } } ]""", "'advance.workingDays' must be a whole number");
        yield return Steps("scenario: huge advance in days", """[ { "advance": { "days": 2147483647 } } ]""", "step 1: 'advance' goes past 2199");
        yield return Steps("scenario: huge advance in working days", """[ { "advance": { "workingDays": 2147483647 } } ]""", "step 1: 'advance' goes past 2199");
        yield return Steps("scenario: huge advance in hours", """[ { "advance": { "hours": 2147483647 } } ]""", "step 1: 'advance' goes past 2199");
        yield return Steps("scenario: advance to year 9999", """[ { "advance": { "to": "9999-12-31T00:00:00" } } ]""", "step 1: 'advance' goes past 2199");
        yield return Steps("scenario: advance to garbage", """[ { "advance": { "to": "next Tuesday-ish" } } ]""", "'advance.to' must be an ISO 8601 time");
        yield return Steps("scenario: expect with an unknown key", """[ { "expect": { "state": "Completed" } } ]""", "unknown key 'state'");
        yield return Steps("scenario: a due date that is not a date", """[ { "expect": { "dueDates": { "draft": "15/02/2027" } } } ]""", "'expect.dueDates.draft' must be a date");
        yield return new("scenario: start is garbage", t => ["simulate", ScenarioFiles.Write(t, "[]", start: "yesterday")], 2, ".scenario.json", "'start' is not an ISO 8601 time: 'yesterday'");
        yield return new("scenario: start in year 1", t => ["simulate", ScenarioFiles.Write(t, "[]", start: "0001-01-01T00:00:00")], 2, ".scenario.json", "outside the years the calendar covers");
        yield return new("scenario: start in year 9999", t => ["simulate", ScenarioFiles.Write(t, "[]", start: "9999-12-31T23:59:59")], 2, ".scenario.json", "outside the years the calendar covers");
    }

    private static IEnumerable<MalformedInput> Organizations()
    {
        MalformedInput Org(string name, string json, string problem) =>
            new(name, t => ["simulate", ScenarioFiles.Write(t, "[]", organization: t.Write("org.json", json))], 2, "org.json", problem);

        yield return new("organisation: missing file", t => ["simulate", ScenarioFiles.Write(t, "[]", organization: Path.Combine(t.Path, "none.json"))], 2, "none.json", "does not exist");
        yield return Org("organisation: not JSON", "{ \"agencies\": [", "malformed JSON");
        yield return Org("organisation: empty", string.Empty, "the file is empty");
        yield return Org("organisation: a key twice", "{ \"agencies\": [],\n \"people\": [],\n \"people\": [] }", "line 3: the key 'people' appears twice");
        yield return Org("organisation: people is text", """{ "agencies": [], "people": "everyone" }""", "'people' has the wrong type");
        yield return Org("organisation: unknown agency", """{ "agencies": [], "people": [ { "id": "a", "fullName": "A", "agencyId": "x", "staffType": "worker" } ] }""", "person 'a': unknown agency 'x'");
        yield return new("organisation: the scenario's agency is not in it", t =>
            ["simulate", ScenarioFiles.Write(t, "[]", organization: Path.Combine(Cli.Samples("chau-thanh"), "organization.json"), agency: "atlantis")], 2, ".scenario.json", "'agency': 'atlantis' is not an agency");
    }

    private static IEnumerable<MalformedInput> Databases()
    {
        MalformedInput Import(string name, Func<TempFolder, string> db, string names, string problem) =>
            new(name, t => ["import", "--db", db(t), Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json")], 2, names, problem);

        yield return Import("import: --db under a file", t => Path.Combine(t.Write("taken", "x"), "dienhong.db"), "taken", "a file of that name is in the way");
        yield return Import("import: --db is empty", _ => string.Empty, "--db", "the database path is empty");
        yield return Import("import: --db is a folder", t => t.Path, "dienhong-cli-tests", "a folder, not a database file");
        yield return Import("import: --db is not a database", t => t.Write("notes.db", "not a database, only text"), "notes.db", "not a readable DienHong database");
        yield return new("import: a missing path", t => ["import", "--db", Path.Combine(t.Path, "d.db"), Path.Combine(t.Path, "none.workflow.json")], 2, "none.workflow.json", "no such file or folder");
        yield return new("export: --out is a file", t => ["export", "--db", t.Write("x.db", string.Empty), "--out", t.Write("out", "x")], 2, "--out", "is a file, not a folder");
        yield return new("export: no database", t => ["export", "--db", Path.Combine(t.Path, "none.db"), "--out", t.Path], 2, "none.db", "database not found");
        yield return new("simulate: --keep-db under a file", t => ["simulate", ScenarioFiles.Write(t, "[]"), "--keep-db", Path.Combine(t.Write("taken", "x"), "d.db")], 2, "taken", "a file of that name is in the way");
        yield return new("validate: a folder without definitions", t => ["validate", t.Path], 1, "dienhong-cli-tests", "no *.workflow.json file");
    }

    private static string[] Holidays(TempFolder temp, string file, string json) => ["calendar", "holidays", "2030", "--calendars", Calendars(temp, file, json)];

    private static string Calendars(TempFolder temp, string file, string json)
    {
        var folder = Path.Combine(temp.Path, "cal");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), json);
        return folder;
    }
}
