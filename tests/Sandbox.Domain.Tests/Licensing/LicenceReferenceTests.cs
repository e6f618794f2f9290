using Sandbox.Domain.Licensing;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class LicenceReferenceTests
{
    [Theory]
    [InlineData(2026, 123, "SBX-2026-000123")]
    [InlineData(2026, 1, "SBX-2026-000001")]
    [InlineData(2027, 999_999, "SBX-2027-999999")]
    [InlineData(2027, 1_234_567, "SBX-2027-1234567")]
    public void References_have_the_year_and_at_least_six_digits_and_parse_back(int year, long number, string expected)
    {
        var reference = LicenceReference.Format(year, number);

        Assert.Equal(expected, reference);
        Assert.True(LicenceReference.TryParse(reference, out var parsedYear, out var parsedNumber));
        Assert.Equal((year, number), (parsedYear, parsedNumber));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("APP-2026-000123")]
    [InlineData("sbx-2026-000123")]
    [InlineData("SBX-2026-00123")]
    [InlineData("SBX-2026-0001234")]
    [InlineData("SBX-2026-000000")]
    [InlineData("SBX-0999-000001")]
    [InlineData("SBX-2026-000123\n")]
    [InlineData(" SBX-2026-000123")]
    [InlineData("SBX-2026-٠٠٠١٢٣")]
    [InlineData("SBX-2026-9999999999999999999")]
    public void Anything_else_does_not_parse(string? value)
    {
        Assert.False(LicenceReference.TryParse(value, out var year, out var number));
        Assert.Equal((0, 0L), (year, number));
    }

    [Theory]
    [InlineData(999, 1)]
    [InlineData(10_000, 1)]
    [InlineData(2026, 0)]
    public void Out_of_range_parts_cannot_be_formatted(int year, long number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LicenceReference.Format(year, number));

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Every_formatted_reference_parses_back_to_its_parts(ushort yearOffset, uint number)
    {
        var year = 1000 + (yearOffset % 9000);
        var value = (long)number + 1;
        return LicenceReference.TryParse(LicenceReference.Format(year, value), out var y, out var n) && y == year && n == value;
    }
}
