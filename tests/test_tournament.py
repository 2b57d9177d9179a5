"""Round robins: pairings, repetition handling, reproducibility and the results tables."""

import json

import numpy as np
import pandas as pd
import pytest

import axelrod_nl as axn


def small_field():
    return [axn.TitForTat(), axn.Defector(), axn.Cooperator(), axn.Random(0.5), axn.Alternator()]


def test_round_robin_pairs_include_self_play_by_default():
    tournament = axn.Tournament(small_field(), turns=10, repetitions=2)
    a, b = tournament.pairs()
    assert len(a) == 5 * 6 // 2
    assert set(zip(a, b)) == {(i, j) for i in range(5) for j in range(i, 5)}
    a, b = axn.Tournament(small_field(), turns=10, self_play=False).pairs()
    assert len(a) == 10 and all(a < b)


def test_summary_matches_a_hand_computation():
    # TFT, ALL D, ALL C, 10 moves, self-play: every match is deterministic.
    players = [axn.TitForTat(), axn.Defector(), axn.Cooperator()]
    results = axn.Tournament(players, turns=10, repetitions=3).play()
    # TFT: v TFT 30, v ALL D 9, v ALL C 30 -> 69/3; ALL D: 14 + 10 + 50 = 74/3; ALL C: 30 + 0 + 30 = 60/3.
    expected = {"Tit For Tat": 23.0, "Defector": 74 / 3, "Cooperator": 20.0}
    summary = results.summary
    assert list(summary["player"]) == ["Defector", "Tit For Tat", "Cooperator"]
    for name, score in expected.items():
        row = summary[summary.player == name].iloc[0]
        assert row.mean_score == pytest.approx(score)
        assert row.median_score == pytest.approx(score)
        assert row.normalised_score == pytest.approx(score / 10)
    assert summary.loc[1, "wins"] == 2.0  # ALL D beats TFT and ALL C
    assert summary[summary.player == "Tit For Tat"].wins.iloc[0] == 0.0
    tft = summary[summary.player == "Tit For Tat"].iloc[0]
    # TFT's moves: 10 C (self) + 10 C (twin) + C then 9 D (v ALL D) + 10 C (v ALL C) = 31 C of 40.
    assert tft.cooperation_rate == pytest.approx(31 / 40)
    assert tft.initial_cooperation_rate == 1.0
    assert tft.CD_rate == pytest.approx(1 / 40) and tft.DD_rate == pytest.approx(9 / 40)
    assert summary[["CC_rate", "CD_rate", "DC_rate", "DD_rate"]].sum(axis=1).tolist() == pytest.approx([1, 1, 1])
    matrix = results.payoff_matrix
    assert matrix.loc["Defector", "Cooperator"] == 50 and matrix.loc["Cooperator", "Defector"] == 0
    assert matrix.loc["Tit For Tat", "Tit For Tat"] == 30


def test_deterministic_pairs_are_played_once_but_reported_for_every_repetition():
    results = axn.Tournament(small_field(), turns=50, repetitions=4, seed=9, keep_matches=True).play()
    matches = results.matches
    assert len(matches) == 15 * 4
    tft_alld = matches[(matches.player_a == "Tit For Tat") & (matches.player_b == "Defector")]
    assert tft_alld.score_a.tolist() == [49.0] * 4
    random_pairs = matches[matches.player_a == "Random: 0.5"]
    assert random_pairs.groupby(["player_a", "player_b"]).score_a.nunique().max() > 1


def test_same_seed_same_results_on_any_number_of_workers():
    field = small_field() + [axn.Random(0.2), axn.Random(0.9)]
    runs = [axn.Tournament(field, turns=100, repetitions=20, noise=0.05, seed=42, workers=w, keep_matches=True).play()
            for w in (1, 2, 1)]
    for other in runs[1:]:
        np.testing.assert_array_equal(runs[0].stats, other.stats)
    different = axn.Tournament(field, turns=100, repetitions=20, noise=0.05, seed=43, keep_matches=True).play()
    assert not np.array_equal(runs[0].stats, different.stats)


def test_python_rules_take_part_in_tournaments_with_the_same_results():
    field = small_field()
    jitted = axn.Tournament(field, turns=30, repetitions=3, noise=0.1, seed=5, keep_matches=True).play()
    mixed = axn.Tournament([field[0].as_python()] + field[1:], turns=30, repetitions=3, noise=0.1, seed=5, keep_matches=True).play()
    np.testing.assert_array_equal(jitted.stats, mixed.stats)


def test_shared_lengths_give_every_pair_the_same_lengths_per_repetition():
    results = axn.Tournament(small_field(), continuation=0.99654, repetitions=5, shared_lengths=True, seed=1, keep_matches=True).play()
    lengths = results.matches.pivot_table(index="repetition", values="turns", aggfunc=["min", "max"])
    assert (lengths["min"] == lengths["max"]).all().all()
    independent = axn.Tournament(small_field(), continuation=0.99654, repetitions=5, seed=1, keep_matches=True).play()
    assert independent.matches.groupby("repetition").turns.nunique().max() > 1


def test_kept_histories_agree_with_the_statistics():
    results = axn.Tournament(small_field(), turns=20, repetitions=2, seed=3, keep_histories=True).play()
    moves = results.moves_of("Random: 0.5", "Tit For Tat", repetition=1)
    row = results.matches.query("player_a == 'Tit For Tat' and player_b == 'Random: 0.5' and repetition == 1").iloc[0]
    assert (moves[0] == 0).sum() == row.cooperations_b
    assert (moves[1] == 0).sum() == row.cooperations_a
    # TFT copies Random's previous move.
    assert np.array_equal(moves[1, 1:], moves[0, :-1])
    with pytest.raises(ValueError, match="not kept"):
        axn.Tournament(small_field(), turns=5).play().moves_of("Defector", "Cooperator")


def test_repeated_players_get_distinct_names():
    results = axn.Tournament([axn.TitForTat(), axn.TitForTat(), axn.Defector()], turns=5, repetitions=1).play()
    assert sorted(results.names) == ["Defector", "Tit For Tat", "Tit For Tat #2"]


def test_export_writes_every_table_atomically(tmp_path):
    results = axn.Tournament(small_field(), turns=20, repetitions=2, seed=1, keep_matches=True).play()
    written = results.save(tmp_path / "out")
    names = sorted(p.name for p in written)
    assert names == sorted(["summary.csv", "summary.parquet", "matches.csv", "matches.parquet",
                            "payoff_matrix.csv", "payoff_matrix.parquet", "tournament.json",
                            "aggregates.npz", "stats.npy", "manifest.json"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left beside it
    summary = pd.read_csv(tmp_path / "out" / "summary.csv")
    assert summary.player.tolist() == results.summary.player.tolist()
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / "matches.parquet"), results.matches)
    assert json.loads((tmp_path / "out" / "tournament.json").read_text())["seed"] == 1


def test_failed_export_leaves_no_partial_file(tmp_path, monkeypatch):
    results = axn.Tournament(small_field(), turns=20, repetitions=2).play()

    def broken(self, path, *args, **kwargs):
        with open(path, "w") as handle:
            handle.write("half")
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", broken)
    with pytest.raises(OSError, match="disk full"):
        results.save(tmp_path / "out", formats=("parquet",))
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    results = axn.Tournament(small_field(), turns=5, repetitions=1).play()
    with pytest.raises(OSError, match="cannot create output folder"):
        results.save(blocker / "out")


@pytest.mark.parametrize("kwargs, error", [
    (dict(repetitions=0), ValueError), (dict(repetitions=1.5), TypeError), (dict(turns=0), ValueError),
    (dict(noise=1.0), ValueError), (dict(continuation=1.2, turns=None), ValueError), (dict(workers=0), ValueError),
])
def test_bad_tournament_settings_are_rejected(kwargs, error):
    settings = dict(turns=10)
    settings.update(kwargs)
    with pytest.raises(error):
        axn.Tournament(small_field(), **settings)


def test_players_must_be_a_list_of_instances():
    with pytest.raises(TypeError):
        axn.Tournament(axn.TitForTat(), turns=5)
    with pytest.raises(TypeError, match="players\\[1\\]"):
        axn.Tournament([axn.TitForTat(), "Defector"], turns=5)
    with pytest.raises(ValueError, match="at least two players"):
        axn.Tournament([axn.TitForTat()], turns=5, self_play=False)


def test_lengths_mark_where_padded_histories_end():
    results = axn.Tournament(small_field(), continuation=0.9, repetitions=3, seed=4, keep_histories=True).play()
    assert results.lengths.shape == (15, 3)
    np.testing.assert_array_equal(results.lengths.ravel(), results.matches.turns.to_numpy())
    pair, repetition = np.unravel_index(np.argmin(results.lengths), results.lengths.shape)
    assert (results.moves[pair, repetition, :, results.lengths[pair, repetition]:] == 0).all()


def test_a_player_named_like_a_numbered_repeat_keeps_every_name_unique():
    mine = axn.Defector().renamed("Tit For Tat #2")
    results = axn.Tournament([axn.TitForTat(), axn.TitForTat(), mine], turns=6, repetitions=1,
                             keep_histories=True).play()
    assert results.names == ["Tit For Tat", "Tit For Tat #3", "Tit For Tat #2"]
    assert "".join("CD"[m] for m in results.moves_of("Tit For Tat #2", "Tit For Tat")[0]) == "DDDDDD"


def test_given_lengths_are_shared_by_all_pairs_and_cycled_over_repetitions():
    field = [axn.TitForTat(), axn.Defector(), axn.Random(0.5)]
    results = axn.Tournament(field, lengths=[63, 77, 151, 156, 308], repetitions=10, announce_length=False,
                             keep_matches=True, seed=1).play()
    assert (results.lengths == np.tile([63, 77, 151, 156, 308], 2)).all()
    assert results.ranked_by == "mean_score"  # every pair plays the same lengths: per match is fair
    twin = results.matches.query("player_a == 'Tit For Tat' and player_b == 'Tit For Tat'")
    assert twin.score_a.tolist()[:5] == [189.0, 231.0, 453.0, 468.0, 924.0]
    assert results.description["lengths"] == [63, 77, 151, 156, 308]


@pytest.mark.parametrize("lengths, error", [([], ValueError), ([0, 5], ValueError), ("63", TypeError),
                                            ([1.5], TypeError)])
def test_bad_lengths_are_refused(lengths, error):
    with pytest.raises(error, match="lengths"):
        axn.Tournament(small_field(), lengths=lengths)
    with pytest.raises(ValueError, match="one of turns, continuation or lengths"):
        axn.Tournament(small_field(), turns=5, lengths=[3])


def test_a_spec_gives_lengths(tmp_path):
    from axelrod_nl.spec import load_spec

    spec = tmp_path / "spec.toml"
    spec.write_text('[tournament]\nlengths = [63, 77, 151, 156, 308]\nrepetitions = 5\nannounce_length = false\n\n'
                    '[[players]]\nstrategy = "TitForTat"\n\n[[players]]\nstrategy = "Defector"\n')
    tournament = load_spec(spec).tournament()
    assert tournament.lengths == (63, 77, 151, 156, 308) and not tournament.announce_length
