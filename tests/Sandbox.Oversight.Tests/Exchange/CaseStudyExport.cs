using System.Text.Json;
using Sandbox.Licensing.Exchange;
using Sandbox.Oversight.Tests.Misuse;

namespace Sandbox.Oversight.Tests.Exchange;

/// <summary>The allied export of a misuse test bed, and its case studies' JSON.</summary>
internal static class CaseStudyExport
{
    public static Task<AlliedExchangeDocument> ExportAsync(MisuseTestBed bed, DateTimeOffset? since = null, int version = AlliedExchangeFormat.Version) =>
        bed.Host.Get<AlliedExchangeExporter>().ExportAsync(since, "admin-1", version);

    public static IReadOnlyList<string> CaseStudiesJson(IEnumerable<ExchangeRecord> records) =>
        [.. records.OfType<CaseStudyRecord>().Select(r => JsonSerializer.Serialize<ExchangeRecord>(r, AlliedExchangeFormat.Json))];
}
