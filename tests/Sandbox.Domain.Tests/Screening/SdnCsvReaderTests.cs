using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

public sealed class SdnCsvReaderTests(SdnFixture fixture) : IClassFixture<SdnFixture>
{
    [Fact]
    public void Reads_every_row_of_the_real_file() => Assert.Equal(13_889, fixture.Records.Count);

    [Fact]
    public void Reads_a_known_row()
    {
        var bnc = Assert.Single(fixture.Records, r => r.Id == 306);
        Assert.Equal("BANCO NACIONAL DE CUBA", bnc.Name);
        Assert.Equal(SdnPartyType.Entity, bnc.Type);
        Assert.Equal(["CUBA"], bnc.Programs);
        Assert.Equal(["BNC"], bnc.Aliases);
    }

    [Fact]
    public void Reads_individuals_and_their_countries()
    {
        var record = Assert.Single(fixture.Records, r => r.Id == 2677);
        Assert.Equal(SdnPartyType.Individual, record.Type);
        Assert.Contains("Egypt", record.Countries);
        Assert.Contains(fixture.Records, r => r.Type == SdnPartyType.Vessel);
        Assert.Contains(fixture.Records, r => r.Type == SdnPartyType.Aircraft);
    }

    [Fact]
    public void Handles_quoted_commas_doubled_quotes_and_empty_markers()
    {
        const string csv = "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA] [IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'THE \"\"BIG\"\" ONE'; f.k.a. 'ABU-'UMAR'; nationality Iran; citizen Cuba.\"\r\n\u001a";
        var record = Assert.Single(SdnCsvReader.Read(new StringReader(csv)));
        Assert.Equal(173, record.Id);
        Assert.Equal("ANGLO-CARIBBEAN CO., LTD.", record.Name);
        Assert.Equal(SdnPartyType.Entity, record.Type);
        Assert.Equal(["CUBA", "IRAN"], record.Programs);
        Assert.Equal(["THE \"BIG\" ONE", "ABU-'UMAR"], record.Aliases);
        Assert.Equal(["Iran", "Cuba"], record.Countries);
        Assert.Null(SdnCsvReader.Clean("-0- "));
    }
}
