namespace Sandbox.Web.Components.Pages.Applications;

/// <summary>
/// Where server paging stands: the continuation token of each page seen so far, so "Previous" re-reads the
/// page before without the store counting or skipping.
/// </summary>
public sealed class PageTokens
{
    private readonly Stack<string?> _before = new();

    /// <summary>The token that reads the current page; null for the first.</summary>
    public string? Current { get; private set; }

    /// <summary>1 for the first page.</summary>
    public int Number => _before.Count + 1;

    public bool HasPrevious => _before.Count > 0;

    public void Forward(string next)
    {
        _before.Push(Current);
        Current = next;
    }

    public void Back()
    {
        if (_before.TryPop(out var previous))
        {
            Current = previous;
        }
    }

    public void Reset()
    {
        _before.Clear();
        Current = null;
    }
}
