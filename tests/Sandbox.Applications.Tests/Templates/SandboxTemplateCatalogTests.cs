using System.Text.Json.Nodes;
using Sandbox.Applications.Templates;
using Sandbox.Domain.Sandboxes;

namespace Sandbox.Applications.Tests.Templates;

public sealed class SandboxTemplateCatalogTests
{
    private const string Border = "border-sensor-telemetry";
    private const string Flows = "network-flow-intrusion.json";

    private static readonly SandboxTemplateCatalog Shipped = new(TemplateFolder.Shipped);

    [Fact]
    public void Every_shipped_template_loads_with_datasets_conditions_quotas_and_scopes()
    {
        Assert.Equal(["border-sensor-telemetry", "crowd-density-analytics", "disaster-drone-imagery", "network-flow-intrusion"], Shipped.All.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.All(Shipped.All.SelectMany(t => Shipped.Versions(t.Id)), template =>
        {
            Assert.InRange(template.Datasets.Count, 1, 2);
            Assert.All(template.Datasets, d => Assert.InRange(d.RowCount, 2000, 10000));
            Assert.All(template.Datasets, d => Assert.Empty(SyntheticDataGenerator.Validate(d)));
            Assert.True(template.ConditionLimits.Allows(template.DefaultConditions), template.Id);
            Assert.True(template.DefaultConditions.NoRawIdentifiers, template.Id);
            Assert.Contains(template.Datasets.SelectMany(d => d.Fields), f => f.Class == FieldClass.Identifier);
            Assert.True(template.Quotas.StorageMegabytes > 0 && template.Quotas.QueriesPerDay > 0);
            Assert.Equal(["query", "export-request"], template.Scopes);
        });
    }

    [Fact]
    public void Every_shipped_dataset_generates_all_its_rows()
    {
        foreach (var dataset in Shipped.All.SelectMany(t => t.Datasets))
        {
            var rows = SyntheticDataGenerator.Generate(dataset).ToList();

            Assert.Equal(dataset.RowCount, rows.Count);
            Assert.All(rows, row => Assert.Equal(dataset.Fields.Count, row.Length));
        }
    }

    [Fact]
    public void The_folder_beside_the_application_holds_the_schema_and_the_same_templates()
    {
        var copied = new SandboxTemplateCatalog(SandboxTemplateCatalog.DefaultDirectory);

        Assert.True(File.Exists(Path.Combine(SandboxTemplateCatalog.DefaultDirectory, "schema", "sandbox-template.schema.json")));
        Assert.Equal(Shipped.All.Select(t => (t.Id, t.Version)), copied.All.Select(t => (t.Id, t.Version)));
    }

    [Fact]
    public void Find_gives_the_latest_version_and_an_exact_version_on_request()
    {
        Assert.Equal("1.1.0", Shipped.Find(Border)?.Version);
        Assert.Equal(["1.0.0", "1.1.0"], Shipped.Versions(Border).Select(t => t.Version));
        Assert.Equal(512, Shipped.Find(Border, "1.0.0")?.Quotas.StorageMegabytes);
        Assert.Equal(1024, Shipped.Find(Border, "1.1.0")?.Quotas.StorageMegabytes);
        Assert.Null(Shipped.Find(Border, "1.2.0"));
        Assert.Null(Shipped.Find("nope"));
        Assert.Empty(Shipped.Versions("nope"));
        Assert.Single(Shipped.All, t => t.Id == Border);
        Assert.Equal(365, Shipped.Terms[Border].MaxDurationDays);
    }

    [Fact]
    public void The_latest_compatible_version_is_the_newest_of_the_same_major()
    {
        Assert.Equal("1.1.0", Shipped.LatestCompatible(Border, "1.0.0")?.Version);
        Assert.Equal("1.1.0", Shipped.LatestCompatible(Border, "1.1.0")?.Version);
        Assert.Equal("1.0.0", Shipped.LatestCompatible("network-flow-intrusion", "1.0.0")?.Version);
        Assert.Null(Shipped.LatestCompatible(Border, "2.0.0"));
        Assert.Null(Shipped.LatestCompatible(Border, "one"));
    }

    [Fact]
    public void The_minor_upgrade_adds_a_field_and_keeps_the_rows_of_the_others()
    {
        var before = Shipped.Find(Border, "1.0.0")!.Dataset("sensor_events")!;
        var after = Shipped.Find(Border, "1.1.0")!.Dataset("sensor_events")!;

        Assert.Equal(before.Fields.Select(f => f.Name).Append("weather"), after.Fields.Select(f => f.Name));
        Assert.Equal(FieldClass.Attribute, after.Fields[^1].Class);
        Assert.Equal(
            SyntheticDataGenerator.Generate(before, 0, 100).Select(r => string.Join("|", r)),
            SyntheticDataGenerator.Generate(after, 0, 100).Select(r => string.Join("|", r[..^1])));
    }

    [Fact]
    public void A_wrong_enum_value_is_refused_by_the_schema_at_its_path()
    {
        using var folder = new TemplateFolder();

        var problems = folder.Break(Flows, t => t["datasets"]![0]!["fields"]![3]!["type"] = "Int");

        var problem = Assert.Single(problems);
        Assert.Equal((Flows, "datasets[0].fields[3].type"), (problem.File, problem.Path));
        Assert.Contains("enum", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_refused_by_the_schema()
    {
        using var folder = new TemplateFolder();

        var problems = folder.Break(Flows, t => t["datasets"]![0]!["fields"]![0]!.AsObject().Add("colour", "red"));

        var problem = Assert.Single(problems);
        Assert.Equal("datasets[0].fields[0].colour", problem.Path);
        Assert.Contains("is not a property", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_is_named_with_the_path_and_problem_in_the_message()
    {
        using var folder = new TemplateFolder();
        var template = TemplateFolder.Read(Flows);
        template["datasets"]![0]!["fields"]![3]!["generator"] = JsonNode.Parse("""{ "kind": "uniform", "min": 65535, "max": 1024 }""");
        folder.Write(Flows, template);

        var error = Assert.Throws<SandboxTemplateException>(() => new SandboxTemplateCatalog(folder.Path));

        Assert.Contains("network-flow-intrusion.json at datasets[0].fields[3].generator.min: field 'src_port': min 65535 is above max 1024", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
    }

    [Fact]
    public void Rules_beyond_the_schema_are_checked_each_at_its_path()
    {
        using var folder = new TemplateFolder();

        var problems = folder.Break(Flows, t =>
        {
            t["defaultConditions"]!["maxRowsPerQuery"] = 20000;
            t["defaultConditions"]!["deniedFields"] = new JsonArray("no_such_field");
            t["defaultConditions"]!["dataLocalizationRegion"] = "US";
            t["datasets"]![1]!["name"] = "flows";
            t["datasets"]![0]!["fields"]![1]!["generator"]!["from"] = "2025-04-01T00:00:00Z";
        });

        Assert.Equal(
            ["datasets[0].fields[1].generator.from", "datasets[1].name", "defaultConditions.maxRowsPerQuery", "defaultConditions.dataLocalizationRegion", "defaultConditions.deniedFields[0]"],
            problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal(Flows, p.File));
    }

    [Fact]
    public void Json_that_does_not_parse_is_named_with_its_line()
    {
        using var folder = new TemplateFolder();
        folder.WriteText(Flows, "{\n  \"id\": \"network-flow-intrusion\",\n  oops\n}");

        var problem = Assert.Single(folder.Problems());

        Assert.Equal(Flows, problem.File);
        Assert.StartsWith("not valid JSON: line 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_id_and_version_twice_is_refused()
    {
        using var folder = new TemplateFolder();
        folder.Write("network-flow-intrusion.v1.0.json", TemplateFolder.Read(Flows));

        var problem = Assert.Single(folder.Problems());

        Assert.Equal(("network-flow-intrusion.v1.0.json", "version"), (problem.File, problem.Path));
        Assert.Contains("network-flow-intrusion 1.0.0 is also defined by network-flow-intrusion.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_named_after_the_template_and_version_it_holds()
    {
        using var folder = new TemplateFolder();
        folder.Write("intrusion.json", TemplateFolder.Read(Flows));

        var problem = Assert.Single(folder.Problems());

        Assert.Equal(("intrusion.json", "id"), (problem.File, problem.Path));
    }

    [Fact]
    public void Versions_are_ordered_as_semantic_versions_not_as_text()
    {
        using var folder = new TemplateFolder();
        foreach (var version in new[] { "1.10.0", "1.9.0", "1.2.0", "2.0.0" })
        {
            var template = TemplateFolder.Read($"{Border}.json");
            template["version"] = version;
            folder.Write($"{Border}.v{version}.json", template);
        }

        var catalog = new SandboxTemplateCatalog(folder.Path);

        Assert.Equal(["1.0.0", "1.1.0", "1.2.0", "1.9.0", "1.10.0", "2.0.0"], catalog.Versions(Border).Select(t => t.Version));
        Assert.Equal("2.0.0", catalog.Find(Border)?.Version);
        Assert.Equal("1.10.0", catalog.LatestCompatible(Border, "1.1.0")?.Version);
        Assert.Equal("2.0.0", catalog.LatestCompatible(Border, "2.0.0")?.Version);
    }

    [Fact]
    public void The_schema_folder_is_not_read_as_templates_and_a_missing_schema_stops_loading()
    {
        using var folder = new TemplateFolder();
        folder.WriteText(Path.Combine("schema", "notes.json"), "{ \"not\": \"a template\" }");
        Assert.Equal(4, new SandboxTemplateCatalog(folder.Path).All.Count);

        File.Delete(Path.Combine(folder.Path, "schema", "sandbox-template.schema.json"));

        var problem = Assert.Single(folder.Problems());
        Assert.Contains("schema is missing", problem.Message, StringComparison.Ordinal);
    }
}
