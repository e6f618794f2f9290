namespace Sandbox.Oversight.ExitReports;

/// <summary>How the published report names the holder: by its name, or generalized to its kind and country ("research institution in NL").</summary>
public enum HolderNaming
{
    Generalized,
    Named,
}
