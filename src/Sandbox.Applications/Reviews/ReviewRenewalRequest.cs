namespace Sandbox.Applications.Reviews;

/// <summary>What an administrator sends to renew: the new review date and why the restriction still holds.</summary>
public sealed record ReviewRenewalRequest(DateOnly? ReviewBy, string? Reason);
