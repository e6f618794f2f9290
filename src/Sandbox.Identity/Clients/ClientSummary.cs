namespace Sandbox.Identity.Clients;

/// <summary>A registered client as administrators see it: never its secret.</summary>
public sealed record ClientSummary(
    string ClientId,
    string DisplayName,
    string ClientType,
    IReadOnlyList<string> GrantTypes,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> RedirectUris,
    bool Disabled);
