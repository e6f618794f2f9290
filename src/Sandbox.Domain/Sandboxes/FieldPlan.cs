using System.Globalization;
using System.Text;

namespace Sandbox.Domain.Sandboxes;

/// <summary>A validated field's generator with its parameters parsed once, drawing the value of any row on its own.</summary>
internal sealed class FieldPlan
{
    private static readonly double[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
    private const string Hex = "0123456789abcdef";

    private readonly DatasetField _field;
    private readonly FieldGenerator _g;
    private readonly object?[] _choices = [];
    private readonly double[] _cumulative = [];
    private readonly long _fromSeconds;
    private readonly long _toSeconds;

    public FieldPlan(DatasetField field)
    {
        _field = field;
        _g = field.Generator;
        if (_g.Kind == GeneratorKinds.Choice)
        {
            _choices = [.. _g.Values!.Select(v => DatasetValues.TryParse(v, field.Type, out var value) ? value : null)];
            _cumulative = new double[_choices.Length];
            var total = 0.0;
            for (var i = 0; i < _choices.Length; i++)
            {
                total += _g.Weights is { } weights ? weights[i] : 1.0;
                _cumulative[i] = total;
            }
        }
        else if (_g.Kind == GeneratorKinds.Timestamp)
        {
            _fromSeconds = Seconds(_g.From!);
            _toSeconds = Seconds(_g.To!);
        }
    }

    public object? Draw(int seed, long row, int index)
    {
        var random = new RowRandom(seed, row, index);
        if (_g.NullProbability is { } chance && random.NextDouble() < chance)
        {
            return null;
        }

        return _g.Kind switch
        {
            GeneratorKinds.Sequence => Sequence(row),
            GeneratorKinds.Choice => Choose(ref random),
            GeneratorKinds.Uniform => Number(Uniform(ref random)),
            GeneratorKinds.Normal => Number(Normal(ref random)),
            GeneratorKinds.Boolean => random.NextDouble() < _g.Probability!.Value,
            GeneratorKinds.Timestamp => Timestamps.Write(new DateTime(DateTime.UnixEpoch.Ticks + (random.NextBetween(_fromSeconds, _toSeconds) * TimeSpan.TicksPerSecond), DateTimeKind.Utc)),
            GeneratorKinds.Pattern => Pattern(ref random),
            GeneratorKinds.Ipv4 => Address(ref random),
            _ => throw new InvalidOperationException($"Unknown generator kind '{_g.Kind}'."),
        };
    }

    private object Sequence(long row)
    {
        var number = (_g.Start ?? 1) + row;
        return _field.Type switch
        {
            FieldType.Integer => (object)number,
            _ => (_g.Prefix ?? "") + number.ToString("D" + (_g.Width ?? 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        };
    }

    private object? Choose(ref RowRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (target < _cumulative[i])
            {
                return _choices[i];
            }
        }

        return _choices[^1];
    }

    private double Uniform(ref RowRandom random) => _field.Type == FieldType.Integer
        ? random.NextBetween((long)_g.Min!.Value, (long)_g.Max!.Value)
        : _g.Min!.Value + (random.NextDouble() * (_g.Max!.Value - _g.Min.Value));

    private double Normal(ref RowRandom random)
    {
        var value = _g.Mean!.Value + (random.NextStandardNormal() * _g.StdDev!.Value);
        return Math.Clamp(value, _g.Min ?? double.MinValue, _g.Max ?? double.MaxValue);
    }

    private object Number(double value) => _field.Type switch
    {
        FieldType.Integer => (object)(long)Math.Round(value, MidpointRounding.ToEven),
        _ => Math.Round(value * PowersOfTen[_g.Decimals ?? 2], MidpointRounding.ToEven) / PowersOfTen[_g.Decimals ?? 2],
    };

    private string Pattern(ref RowRandom random)
    {
        var pattern = _g.Pattern!;
        var text = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            text.Append(c switch
            {
                '\\' when i + 1 < pattern.Length => pattern[++i],
                '#' => (char)('0' + (int)random.NextBelow(10)),
                'A' => (char)('A' + (int)random.NextBelow(26)),
                'x' => Hex[(int)random.NextBelow(16)],
                _ => c,
            });
        }

        return text.ToString();
    }

    private string Address(ref RowRandom random)
    {
        var prefix = _g.Prefix ?? "";
        var fixedOctets = prefix.Count(c => c == '.');
        var text = new StringBuilder(prefix, 15);
        for (var octet = fixedOctets; octet < 4; octet++)
        {
            var value = octet == 3 ? random.NextBetween(1, 254) : random.NextBetween(0, 255);
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(octet == 3 ? "" : ".");
        }

        return text.ToString();
    }

    private static long Seconds(string timestamp)
    {
        Timestamps.TryRead(timestamp, out var utc);
        return (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
    }
}
