using Sandbox.Domain.Licensing;

namespace Sandbox.Benchmarks.Transparency;

/// <summary>A licence a case issued: when, on which decision, for which validity.</summary>
internal sealed record LicencePlan(LicenceKind Kind, string CaseInstanceId, DateTimeOffset DecidedAt, DateTimeOffset IssuedAt, DateTimeOffset ValidFrom, DateTimeOffset ValidTo);
