namespace Sandbox.Identity.Clients;

/// <summary>The answer to a registration. <see cref="ClientSecret"/> is shown this once and stored only as a hash.</summary>
public sealed record RegisteredClient(string ClientId, string? ClientSecret, ClientSummary Client);
