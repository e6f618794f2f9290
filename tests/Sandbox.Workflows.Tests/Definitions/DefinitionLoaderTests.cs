using System.Text.Json.Nodes;
using Sandbox.Testing;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Runtime;
using Sandbox.Workflows.Tests.Support;

namespace Sandbox.Workflows.Tests.Definitions;

public sealed class DefinitionLoaderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly RecordingActivities _activities = new();

    public void Dispose() => _folder.Dispose();

    private static JsonObject Valid() => JsonNode.Parse(File.ReadAllText(WorkflowTestHost.Definition("review-test.v1.json")))!.AsObject();

    private WorkflowDefinitionException Refused(JsonObject definition, string file = "review-test.v1.json")
    {
        var directory = Path.Combine(_folder.Path, "workflows");
        Directory.CreateDirectory(Path.Combine(directory, "schema"));
        File.Copy(RepositoryPaths.Combine("workflows", "schema", "workflow.schema.json"), Path.Combine(directory, "schema", "workflow.schema.json"), overwrite: true);
        File.WriteAllText(Path.Combine(directory, file), definition.ToJsonString());
        return Assert.Throws<WorkflowDefinitionException>(() =>
            WorkflowDefinitionLoader.Load(directory, RecordingActivities.Names.Select(_activities.Activity)));
    }

    private static void Has(WorkflowDefinitionException error, string path, string fragment) =>
        Assert.Contains(error.Problems, p => p.File == "review-test.v1.json" && p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void The_test_definition_and_every_definition_in_the_repository_load()
    {
        var directory = Path.Combine(_folder.Path, "ok");
        Directory.CreateDirectory(Path.Combine(directory, "schema"));
        File.Copy(RepositoryPaths.Combine("workflows", "schema", "workflow.schema.json"), Path.Combine(directory, "schema", "workflow.schema.json"));
        File.Copy(WorkflowTestHost.Definition("review-test.v1.json"), Path.Combine(directory, "review-test.v1.json"));

        var registry = WorkflowDefinitionLoader.Load(directory, RecordingActivities.Names.Select(_activities.Activity));

        Assert.Equal(12, registry.LatestOf("review-test").States.Count);
    }

    [Fact]
    public void A_schema_violation_names_the_file_the_path_and_the_problem()
    {
        var definition = Valid();
        definition["states"]![1]!["transitions"]![0]!["guards"]![1]!["role"] = new JsonArray("Janitor");
        definition["states"]![0]!["onEntry"]![0]!.AsObject()["retries"] = 3;

        var error = Refused(definition);

        Assert.Equal(2, error.Problems.Count);
        Has(error, "states[1].transitions[0].guards[1].role[0]", "one of the values specified by the enum");
        Has(error, "states[0].onEntry[0].retries", "is not a property the workflow schema knows");
        Assert.StartsWith("Invalid workflow definitions: review-test.v1.json at states", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_states_triggers_and_activities_are_named()
    {
        var definition = Valid();
        definition["states"]![2]!["transitions"]![0]!["to"] = "nowhere";
        definition["states"]![2]!["transitions"]![1]!["trigger"] = "teleport";
        definition["states"]![0]!["onEntry"]![0]!["activity"] = "send-fax";
        definition["initialState"] = "limbo";

        var error = Refused(definition);

        Has(error, "states[2].transitions[0].to", "state 'nowhere' is not defined");
        Has(error, "states[2].transitions[1].trigger", "trigger 'teleport' is not defined");
        Has(error, "states[0].onEntry[0].activity", "no activity named 'send-fax'");
        Has(error, "initialState", "state 'limbo' is not defined");
    }

    [Fact]
    public void A_persons_trigger_without_a_role_guard_and_ambiguous_transitions_are_refused()
    {
        var definition = Valid();
        definition["states"]![2]!["transitions"]![2]!["guards"] = new JsonArray(new JsonObject { ["notApplicantOrganization"] = true });
        definition["states"]![0]!["transitions"]![1]!["guards"] = new JsonArray();

        var error = Refused(definition);

        Has(error, "states[2].transitions[2].guards", "needs a role or applicantOrganization guard");
        Has(error, "states[0].transitions[1].guards", "each needs guards");
    }

    [Fact]
    public void Timers_need_timer_triggers_clocks_must_exist_and_activity_parameters_are_checked()
    {
        var definition = Valid();
        definition["states"]![2]!["timers"]![0]!["trigger"] = "approve";
        definition["states"]![5]!["pauseClocks"] = new JsonArray("decision");
        definition["states"]![2]!["transitions"]![4]!["activities"] = new JsonArray(new JsonObject { ["activity"] = "route" });

        var error = Refused(definition);

        Has(error, "states[2].timers[0].trigger", "a timer trigger is needed here");
        Has(error, "states[5].pauseClocks[0]", "no state starts clock 'decision'");
        Has(error, "states[2].transitions[4].activities[0].parameters", "route needs a 'trigger' parameter");
    }

    [Fact]
    public void Unreachable_states_a_wrong_file_name_and_broken_json_are_refused()
    {
        var definition = Valid();
        ((JsonArray)definition["states"]!).Add(new JsonObject { ["id"] = "orphan", ["label"] = "Orphan", ["final"] = true });

        Has(Refused(definition), "states[12]", "cannot be reached");
        Assert.Contains(Refused(Valid(), "review-test.v2.json").Problems, p => p.Message.Contains("must be named 'review-test.v1.json'", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_json_is_reported_with_its_line()
    {
        var directory = Path.Combine(_folder.Path, "broken");
        Directory.CreateDirectory(Path.Combine(directory, "schema"));
        File.Copy(RepositoryPaths.Combine("workflows", "schema", "workflow.schema.json"), Path.Combine(directory, "schema", "workflow.schema.json"));
        File.WriteAllText(Path.Combine(directory, "broken.v1.json"), "{\n  \"id\": \"broken\",\n  oops\n}");

        var error = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionLoader.Load(directory, []));

        Assert.Contains("line 3", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Durations_parse_as_iso_8601()
    {
        Assert.Equal(TimeSpan.FromHours(72), Durations.Parse("PT72H"));
        Assert.Equal(TimeSpan.FromDays(-14), Durations.Parse("-P14D"));
        Assert.False(Durations.TryParse("72 hours", out _));
    }
}
