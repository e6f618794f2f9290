namespace Sandbox.Workflows.Definitions;

/// <summary>Work for people while the instance waits in a state: published to the inbox of <see cref="Role"/>.</summary>
public sealed record TaskDefinition
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Role { get; init; }

    public required string Queue { get; init; }

    /// <summary>
    /// Who in the role may see it: <c>subject</c> (the applicant's organization), a data path holding an organization
    /// id (an allied authority), or none: every member of the role except the applicant's organization.
    /// </summary>
    public string? Organization { get; init; }

    /// <summary>
    /// For a task of the whole role: a data path holding the organization kept out of it instead of the subject's (the
    /// holder a misuse report concerns); while the path is empty, the subject's organization is kept out.
    /// </summary>
    public string? ExcludeOrganization { get; init; }

    /// <summary>The triggers this task is about, offered as actions.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];
}
