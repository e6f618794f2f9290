namespace Sandbox.Domain.Screening;

/// <summary>Something that screens a name against one or more lists.</summary>
public interface INameScreener
{
    IReadOnlyList<ScreeningHit> Screen(string name, string? country = null, int max = 10, double threshold = ScreeningDefaults.Threshold);
}
