using System.Text.Json;
using System.Text.Json.Serialization;
using Sandbox.Workflows.Definitions;
using Sandbox.Workflows.Instances;

namespace Sandbox.Web.Tests.Components.Workflows;

/// <summary>A small review workflow with a superstate, all three trigger kinds, a loop and an internal transition, and instances of it.</summary>
public static class DiagramFixtures
{
    public static readonly DateTimeOffset Started = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static WorkflowDefinition Review { get; } = JsonSerializer.Deserialize<WorkflowDefinition>("""
        {
          "id": "mini-review", "version": 2, "title": "Mini review", "initialState": "intake",
          "triggers": [
            { "id": "routed", "label": "Routed", "kind": "system" },
            { "id": "ask", "label": "Ask the applicant" },
            { "id": "answer", "label": "Answer" },
            { "id": "note", "label": "Add note" },
            { "id": "approve", "label": "Approve" },
            { "id": "withdraw", "label": "Withdraw" },
            { "id": "lapse", "label": "Lapse", "kind": "timer" }
          ],
          "states": [
            { "id": "intake", "label": "Intake", "transitions": [{ "trigger": "routed", "to": "review" }] },
            { "id": "open", "label": "Open", "transitions": [{ "trigger": "withdraw", "to": "withdrawn" }] },
            { "id": "review", "label": "Review", "parent": "open", "transitions": [
              { "trigger": "ask", "to": "waiting" }, { "trigger": "approve", "to": "licensed" }, { "trigger": "note" } ] },
            { "id": "waiting", "label": "Waiting for the applicant", "parent": "open", "transitions": [
              { "trigger": "answer", "to": "review" }, { "trigger": "lapse", "to": "withdrawn" } ] },
            { "id": "licensed", "label": "Licensed", "final": true },
            { "id": "withdrawn", "label": "Withdrawn", "final": true }
          ]
        }
        """, Json)!;

    /// <summary>Routed to review, asked and answered twice with a note between: back in review.</summary>
    public static WorkflowInstance InReviewAfterTwoQuestions(int definitionVersion = 2) => Instance("review", definitionVersion,
        ("", "intake", "start", ActorKind.System, "Sandbox", null),
        ("intake", "review", "routed", ActorKind.System, "Sandbox", null),
        ("review", "waiting", "ask", ActorKind.Human, "Rita Regulator", "The budget is missing"),
        ("waiting", "review", "answer", ActorKind.Human, "Ada Applicant", null),
        ("review", "review", "note", ActorKind.Human, "Rita Regulator", null),
        ("review", "waiting", "ask", ActorKind.Human, "Rita Regulator", null),
        ("waiting", "review", "answer", ActorKind.Human, "Ada Applicant", null));

    public static WorkflowInstance Instance(string state, int definitionVersion, params (string From, string To, string Trigger, ActorKind Kind, string Name, string? Reason)[] history) => new()
    {
        Id = "mini-review:case-1",
        DefinitionId = "mini-review",
        DefinitionVersion = definitionVersion,
        State = state,
        Subject = new WorkflowSubject("case", "case-1", "APP-2026-000001", "A pilot", "org-applicant"),
        History = [.. history.Select((h, i) => new HistoryEntry(i + 1, h.From, h.To, h.Trigger, h.Kind, h.Name.ToLowerInvariant(), h.Name, Started.AddHours(i), h.Reason))],
    };
}
