namespace Sandbox.Web.Navigation;

/// <summary>
/// One link of the main navigation. <see cref="Audiences"/> lists the roles it is for; empty means
/// everyone, including visitors who are not signed in.
/// </summary>
public sealed record NavigationEntry(string Title, string Href, string Icon, string Group, IReadOnlyList<string> Audiences);
