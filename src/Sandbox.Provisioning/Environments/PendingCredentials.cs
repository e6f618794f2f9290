namespace Sandbox.Provisioning.Environments;

/// <summary>
/// A client secret waiting for the researcher to read it, protected with Data Protection; deleted as it is shown,
/// so it is shown once. One per sandbox (id = sandbox id): a newer generation replaces an unread older one.
/// </summary>
public sealed record PendingCredentials(string Id, string SandboxId, string ClientId, string ProtectedSecret, int Generation, DateTimeOffset CreatedAt);
