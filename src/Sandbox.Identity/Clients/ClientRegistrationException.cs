namespace Sandbox.Identity.Clients;

/// <summary>A registration that breaks the rules; <see cref="Problems"/> maps each field to what is wrong with it.</summary>
public sealed class ClientRegistrationException(IReadOnlyDictionary<string, string[]> problems)
    : Exception("The client registration is not valid: " + string.Join(" ", problems.SelectMany(p => p.Value)))
{
    public IReadOnlyDictionary<string, string[]> Problems { get; } = problems;
}
