using Sandbox.Storage.Documents;

namespace Sandbox.Applications.Screening;

/// <summary>The containers of denied-party screening.</summary>
public static class ScreeningContainers
{
    /// <summary>One document per imported list entry (<see cref="ScreeningEntry"/>), a partition per list.</summary>
    public static ContainerDefinition Entries { get; } = new("screening-entries", "/list");

    /// <summary>One document per import (<see cref="ScreeningListImport"/>), a partition per list.</summary>
    public static ContainerDefinition Imports { get; } = new("screening-imports", "/list", ["importedAt", "fileSha256"]);

    /// <summary>The lists' change stamp (<see cref="ScreeningState"/>) and the import locks (<see cref="ScreeningListLock"/>).</summary>
    public static ContainerDefinition State { get; } = new("screening-state", "/id");

    /// <summary>Remembered adjudications (<see cref="ScreeningAdjudication"/>), a partition per screened name and country.</summary>
    public static ContainerDefinition Adjudications { get; } = new("screening-adjudications", "/subject", ["listId", "entryId", "adjudicatedAt"]);

    /// <summary>Denials by allied authorities (<see cref="Sandbox.Domain.Screening.AlliedDenial"/>).</summary>
    public static ContainerDefinition AlliedDenials { get; } =
        new("allied-denials", "/id", ["status", "classificationCode", "partyCountry", "authorityCountry", "reviewBy", "deniedOn"]);
}
