using System.Text.Json;
using Sandbox.Domain.Sandboxes;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class DatasetValuesTests
{
    public static TheoryData<object?, FieldType> Values() => new()
    {
        { "text", FieldType.String },
        { 9_007_199_254_740_993L, FieldType.Integer },
        { -42L, FieldType.Integer },
        { 0.1 + 0.2, FieldType.Decimal },
        { 1e-7, FieldType.Decimal },
        { true, FieldType.Boolean },
        { "2025-03-04T05:06:07Z", FieldType.Timestamp },
        { null, FieldType.Decimal },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_comes_back_from_json_as_the_same_clr_value(object? value, FieldType type)
    {
        var element = JsonDocument.Parse(JsonSerializer.Serialize(new[] { value })).RootElement[0];

        var read = DatasetValues.Read(element, type);

        Assert.Equal(value, read);
        Assert.Equal(value?.GetType(), read?.GetType());
    }

    [Theory]
    [InlineData("\"7\"", FieldType.Integer)]
    [InlineData("7.5", FieldType.Integer)]
    [InlineData("true", FieldType.String)]
    [InlineData("\"2025-03-04 05:06\"", FieldType.Timestamp)]
    [InlineData("1", FieldType.Boolean)]
    public void A_value_of_another_type_is_refused(string json, FieldType type)
    {
        var element = JsonDocument.Parse(json).RootElement;

        Assert.Throws<FormatException>(() => DatasetValues.Read(element, type));
        Assert.False(DatasetValues.Fits(element, type));
    }

    [Fact]
    public void Choice_text_parses_with_the_invariant_culture()
    {
        Assert.True(DatasetValues.TryParse("0.5", FieldType.Decimal, out var half));
        Assert.Equal(0.5, half);
        Assert.True(DatasetValues.TryParse("-3", FieldType.Integer, out var minusThree));
        Assert.Equal(-3L, minusThree);
        Assert.False(DatasetValues.TryParse("0,5", FieldType.Decimal, out _));
        Assert.False(DatasetValues.TryParse("True", FieldType.Boolean, out _));
    }
}
