using Sandbox.Domain.Screening;

namespace Sandbox.Domain.Tests.Screening;

/// <summary>The strict reader imports use: the whole file or an error naming the line.</summary>
public sealed class SdnCsvParseTests(SdnFixture fixture) : IClassFixture<SdnFixture>
{
    private const string Good = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

    [Fact]
    public void Parses_the_real_file_exactly_as_the_lenient_reader_reads_it()
    {
        using var stream = File.OpenRead(SdnFixture.DataPath());
        var parsed = SdnCsvReader.Parse(stream);
        Assert.Equal(13_889, parsed.Count);
        Assert.Equal(fixture.Records.Select(r => r.ToListedParty().ComputeContentHash()), parsed.Select(r => r.ToListedParty().ComputeContentHash()));
    }

    [Fact]
    public void Keeps_the_title_and_vessel_columns_as_details()
    {
        var vessel = Assert.Single(fixture.Records, r => r.Id == 4238);
        Assert.Equal("CL2192", vessel.Details["callSign"]);
        Assert.Equal("Tug", vessel.Details["vesselType"]);
        Assert.Equal("Cuba", vessel.Details["vesselFlag"]);
        Assert.Equal("Samir de Navegacion S.A.", vessel.Details["vesselOwner"]);
        Assert.False(vessel.Details.ContainsKey("tonnage"));
        Assert.Equal("Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION", Assert.Single(fixture.Records, r => r.Id == 2674).Details["title"]);
    }

    [Theory]
    [InlineData("36,\"A\",-0- ,\"CUBA\",-0- \r\n", 2, "expected 12 comma-separated columns")]
    [InlineData("x36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 2, "'x36' is not a positive whole number")]
    [InlineData("37,-0- ,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 2, "entity 37 has no name")]
    [InlineData("37,\"B\",\"person\",\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 2, "unknown type 'person'")]
    [InlineData("36,\"B\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 2, "entity number 36 appears again (first on line 1)")]
    [InlineData("37,\"B\"x,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 2, "unexpected 'x' after the closing quote of column 2")]
    [InlineData("37,B\"C,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 2, "a quote inside the unquoted column 2")]
    [InlineData("\r\n37,\"B\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'C'.\r\nmore\r\n", 3, "the quoted column 12 that opens here is never closed")]
    public void Names_the_line_of_the_first_problem(string rest, int line, string problem)
    {
        var error = Assert.Throws<ScreeningListFormatException>(() => SdnCsvReader.Parse(new StringReader(Good + rest)));
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_lines_inside_quoted_fields_and_skips_blank_lines()
    {
        const string csv = "36,\"A\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"two\r\nlines\"\r\n\r\n37,\"B\",-0- \r\n";
        Assert.Equal(4, Assert.Throws<ScreeningListFormatException>(() => SdnCsvReader.Parse(new StringReader(csv))).Line);
    }

    [Fact]
    public void Refuses_a_file_without_entries()
    {
        var error = Assert.Throws<ScreeningListFormatException>(() => SdnCsvReader.Parse(new StringReader("\r\n\u001a")));
        Assert.Equal(0, error.Line);
        Assert.Contains("no SDN entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_bytes_that_are_not_utf8()
    {
        using var stream = new MemoryStream([.. System.Text.Encoding.UTF8.GetBytes("36,\"A"), 0xFF, .. System.Text.Encoding.UTF8.GetBytes("\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")]);
        Assert.Contains("not UTF-8", Assert.Throws<ScreeningListFormatException>(() => SdnCsvReader.Parse(stream)).Message, StringComparison.Ordinal);
    }
}
