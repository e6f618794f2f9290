using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Sandboxes;
using Sandbox.Provisioning.Airlock;
using Sandbox.Provisioning.Environments;
using Sandbox.Provisioning.Gateway;

namespace Sandbox.Web.Components.Pages.Sandboxes;

/// <summary>Builds a <see cref="GatewayQuery"/> from the form, runs it through the gateway as the signed-in researcher, and drafts exports of its result.</summary>
public sealed partial class SandboxQueryPanel
{
    private static readonly string[] Functions = ["count", "sum", "avg", "min", "max"];
    private static readonly string[] Operators = ["eq", "ne", "lt", "le", "gt", "ge", "in"];

    private readonly List<AggregateRow> _aggregates = [new()];
    private readonly List<FilterRow> _filters = [];
    private string? _dataset;
    private string? _purpose;
    private bool _rows;
    private IReadOnlyCollection<string> _select = [];
    private IReadOnlyCollection<string> _groupBy = [];
    private int? _limit;
    private string? _justification;
    private bool _running;
    private QueryResult? _result;
    private GatewayQuery? _lastQuery;
    private GatewayRefusal? _refusal;
    private Dictionary<string, string> _problems = [];

    [Parameter, EditorRequired]
    public SandboxEnvironment Sandbox { get; set; } = default!;

    [Parameter]
    public EventCallback OnExportDrafted { get; set; }

    /// <summary>After every answer, so the page can show the quota used and a licence that has just stopped.</summary>
    [Parameter]
    public EventCallback OnQueried { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    private IReadOnlyList<DatasetField> Fields => Sandbox.Dataset(_dataset ?? string.Empty)?.Recipe.Fields ?? [];

    protected override void OnParametersSet()
    {
        _dataset ??= Sandbox.Datasets.Count > 0 ? Sandbox.Datasets[0].Recipe.Name : null;
        _purpose ??= Sandbox.Conditions.DeclaredPurposes.Count > 0 ? Sandbox.Conditions.DeclaredPurposes[0] : null;
    }

    private void OnDatasetChanged(string dataset)
    {
        _dataset = dataset;
        _select = [];
        _groupBy = [];
        _filters.Clear();
        _aggregates.Clear();
        _aggregates.Add(new AggregateRow());
    }

    private bool Has(string path) => ErrorFor(path) is not null;

    private string? ErrorFor(string path)
    {
        var messages = _problems.Where(p => p.Key == path || p.Key.StartsWith(path + "[", StringComparison.Ordinal) || p.Key.StartsWith(path + ".", StringComparison.Ordinal))
            .Select(p => p.Value).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private async Task RunAsync()
    {
        if (Build() is not { } query)
        {
            return;
        }

        _running = true;
        try
        {
            var caller = GatewayCaller.InPerson((await AuthenticationState).User);
            await using var scope = Scopes.CreateAsyncScope();
            var answer = await scope.ServiceProvider.GetRequiredService<SandboxGateway>().QueryAsync(caller, Sandbox.Id, query, CancellationToken.None);
            Show(answer.Refusal);
            _result = answer.Value;
            _lastQuery = answer.Value is null ? null : query;
        }
        finally
        {
            _running = false;
        }

        await OnQueried.InvokeAsync();
    }

    private async Task DraftExportAsync()
    {
        if (_lastQuery is null)
        {
            return;
        }

        _running = true;
        try
        {
            var caller = GatewayCaller.InPerson((await AuthenticationState).User);
            await using var scope = Scopes.CreateAsyncScope();
            var answer = await scope.ServiceProvider.GetRequiredService<SandboxAirlock>().DraftAsync(caller, Sandbox.Id, _lastQuery, _justification, CancellationToken.None);
            Show(answer.Refusal);
            if (answer.Value is not null)
            {
                _justification = null;
                await OnExportDrafted.InvokeAsync();
            }
        }
        finally
        {
            _running = false;
        }
    }

    private void Show(GatewayRefusal? refusal)
    {
        _problems = refusal?.Problems?.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message))) ?? [];
        _refusal = refusal is { Problems.Count: > 0 } ? null : refusal;
    }

    /// <summary>The query the form describes; filter values are read as the field's type, with a message beside any that is not.</summary>
    private GatewayQuery? Build()
    {
        _problems = [];
        var filters = new List<GatewayFilter>();
        for (var i = 0; i < _filters.Count; i++)
        {
            var row = _filters[i];
            var field = Fields.FirstOrDefault(f => f.Name == row.Field);
            if (field is null)
            {
                _problems[$"filters[{i}].field"] = "Choose a field.";
                continue;
            }

            if (FilterValue(field.Type, row.Operator, row.Value) is { } value)
            {
                filters.Add(new GatewayFilter(field.Name, row.Operator, value));
            }
            else
            {
                _problems[$"filters[{i}].value"] = $"Enter {(row.Operator == "in" ? "values" : "a value")} of type {field.Type}.";
            }
        }

        if (_problems.Count > 0)
        {
            _refusal = null;
            return null;
        }

        return new GatewayQuery
        {
            Dataset = _dataset ?? string.Empty,
            Purpose = _purpose,
            Select = _rows ? [.. _select] : [],
            Aggregates = _rows ? [] : [.. _aggregates.Select(a => new GatewayAggregate(a.Function, string.IsNullOrEmpty(a.Field) ? null : a.Field))],
            GroupBy = _rows ? [] : [.. _groupBy],
            Filters = filters,
            Limit = _limit,
        };
    }

    private static JsonElement? FilterValue(FieldType type, string op, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (op == "in")
        {
            var values = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => Scalar(type, v)).ToList();
            return values.Count == 0 || values.Any(v => v is null) ? null : JsonSerializer.SerializeToElement(values);
        }

        return Scalar(type, text.Trim()) is { } scalar ? JsonSerializer.SerializeToElement(scalar) : null;
    }

    private static object? Scalar(FieldType type, string text) => type switch
    {
        FieldType.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
        FieldType.Decimal => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        FieldType.Boolean => bool.TryParse(text, out var b) ? b : null,
        _ => text,
    };

    private sealed class AggregateRow
    {
        public string Function { get; set; } = "count";

        public string? Field { get; set; }
    }

    private sealed class FilterRow
    {
        public string? Field { get; set; }

        public string Operator { get; set; } = "eq";

        public string? Value { get; set; }
    }
}
