namespace Sandbox.Web.Status;

/// <summary>What <c>GET /health</c> answers and the status page shows.</summary>
public sealed record SystemStatus(string Status, StoreStatus Store, DateTimeOffset CheckedAt, string Version);

/// <summary>Which document store is in use and whether it answered just now.</summary>
public sealed record StoreStatus(string Provider, bool Answers, double? LatencyMs, string Description);
