using System.Text.Json.Nodes;
using Sandbox.Workflows.Instances;

namespace Sandbox.Oversight.Misuse;

/// <summary>
/// Who took a suspension or revocation step, with their roles and organization, recorded on the step so that the
/// report's activity acts on the licence's lifecycle as that person and its guards judge the same person.
/// </summary>
public static class MisuseActingRegulator
{
    public const string Field = "actingRegulator";

    public static JsonObject Record(WorkflowActor person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new JsonObject
        {
            [Field] = new JsonObject
            {
                ["id"] = person.Id,
                ["name"] = person.Name,
                ["organizationId"] = person.OrganizationId,
                ["roles"] = new JsonArray([.. person.Roles.Select(r => (JsonNode)r)]),
            },
        };
    }

    public static WorkflowActor? Read(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data[Field] is JsonObject recorded
            ? WorkflowActor.Person(
                recorded["id"]!.GetValue<string>(), recorded["name"]!.GetValue<string>(),
                [.. (recorded["roles"] as JsonArray ?? []).Select(r => r!.GetValue<string>())], recorded["organizationId"]?.GetValue<string>())
            : null;
    }
}
