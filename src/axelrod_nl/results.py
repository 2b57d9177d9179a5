"""Tournament results: per-match statistics, per-player summary, payoff matrix, export.

The numbers are kept as numpy arrays of shape (pairs, repetitions, statistic);
pandas tables are built on first access (pandas is imported only then, which
keeps ``import axelrod_nl`` fast).

Two conventions, both Axelrod's:

- *per match* measures (scores) count a self-play match once, with the mean of
  the two twins' scores, so a player's mean score is averaged over every
  opponent including its twin, as in the published 1980 tables;
- *per move* measures (cooperation and outcome rates) count both twins' moves.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from .aggregation import SPREAD_A, SPREAD_B, SPREAD_TWINS, Aggregates
from .engine import protocol
from .game import Game
from .io import MANIFEST, RunFolder, read_manifest

SUMMARY_COLUMNS = (
    "rank", "player", "mean_score", "median_score", "std_score", "normalised_score", "wins",
    "cooperation_rate", "initial_cooperation_rate", "CC_rate", "CD_rate", "DC_rate", "DD_rate",
)
EXPORT_FORMATS = ("csv", "parquet")
RANKINGS = ("mean_score", "normalised_score")


def match_table(stats: np.ndarray, pair_a: np.ndarray, pair_b: np.ndarray, names: Sequence[str],
                first_repetition: int = 0):
    """The table of matches for a (pairs, repetitions, N_STATS) block whose first repetition is given."""
    import pandas as pd

    n_pairs, reps = stats.shape[:2]
    flat = stats.reshape(n_pairs * reps, -1)
    a = np.repeat(pair_a, reps)
    b = np.repeat(pair_b, reps)
    labels = np.array(names, dtype=object)
    score_a, score_b = flat[:, protocol.SCORE_A], flat[:, protocol.SCORE_B]
    winner = np.where(score_a > score_b, labels[a], np.where(score_b > score_a, labels[b], ""))
    return pd.DataFrame({
        "repetition": np.tile(np.arange(first_repetition, first_repetition + reps), n_pairs),
        "player_a": labels[a],
        "player_b": labels[b],
        "turns": flat[:, protocol.TURNS].astype(np.int64),
        "score_a": score_a,
        "score_b": score_b,
        "cooperations_a": flat[:, protocol.COOP_A].astype(np.int64),
        "cooperations_b": flat[:, protocol.COOP_B].astype(np.int64),
        "CC": flat[:, protocol.CC].astype(np.int64),
        "CD": flat[:, protocol.CD].astype(np.int64),
        "DC": flat[:, protocol.DC].astype(np.int64),
        "DD": flat[:, protocol.DD].astype(np.int64),
        "first_move_a": np.where(flat[:, protocol.FIRST_COOP_A] > 0, "C", "D"),
        "first_move_b": np.where(flat[:, protocol.FIRST_COOP_B] > 0, "C", "D"),
        "winner": winner,
    })


class MatchTableWriter:
    """Streams the table of matches into files block by block, as a tournament plays.

    Pass its :meth:`write` as ``Tournament.play(on_block=...)`` (with
    ``block_histories=True`` the rows carry each side's moves, ``moves_a`` and
    ``moves_b``, as strings of C and D); rows are written
    in the order of the repetitions within each block (a file's rows are sorted
    by repetition block, then pairing). Use inside a
    :class:`~axelrod_nl.io.RunFolder`, so a run that stops leaves no partial file.
    """

    def __init__(self, folder: RunFolder, names: Sequence[str], formats: Sequence[str] = EXPORT_FORMATS) -> None:
        self.folder = folder
        self.names = list(names)
        self.formats = tuple(formats)
        self._parquet = None
        self._csv_started = False

    def write(self, start: int, block: np.ndarray, pair_a: np.ndarray, pair_b: np.ndarray,
              moves: Optional[np.ndarray] = None) -> None:
        table = match_table(block, pair_a, pair_b, self.names, first_repetition=start)
        if moves is not None:
            # Each side's moves as a string of C and D, as long as the match.
            lengths = table["turns"].to_numpy()
            flat = moves.reshape(-1, 2, moves.shape[-1])
            letters = np.array([b"C", b"D"])[flat]
            table["moves_a"] = [row[:n].tobytes().decode() for row, n in zip(letters[:, 0], lengths)]
            table["moves_b"] = [row[:n].tobytes().decode() for row, n in zip(letters[:, 1], lengths)]
        if "parquet" in self.formats:
            import pyarrow as pa
            import pyarrow.parquet as pq

            batch = pa.Table.from_pandas(table, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.folder.file("matches.parquet"), batch.schema)
            self._parquet.write_table(batch)
        if "csv" in self.formats:
            table.to_csv(self.folder.file("matches.csv"), mode="a" if self._csv_started else "w",
                         header=not self._csv_started, index=False)
            self._csv_started = True

    def close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None


class TournamentResults:
    """Everything a round robin produced.

    The summary, payoff matrix and metrics are computed from
    :class:`~axelrod_nl.aggregation.Aggregates`, running sums whose size does
    not grow with the number of repetitions beyond the per-(player, repetition)
    scores. The per-match statistics and the move histories are kept only when
    asked for (``keep_matches``, ``keep_histories``).

    Attributes
    ----------
    names : the players' unique display names, in tournament order.
    players : the strategy instances.
    pair_a, pair_b : player indices of each pairing.
    aggregates : the running sums (:mod:`axelrod_nl.aggregation`).
    stats : float array (pairs, repetitions, statistics) when the matches were
        kept, else None; columns as in :mod:`axelrod_nl.engine.protocol`
        (``SCORE_A`` ... ``TURNS``).
    moves : int8 array (pairs, repetitions, 2, longest) when histories were kept, else None.
        A match shorter than the longest (probabilistic ends) is padded with
        zeros, which read as C: use :attr:`lengths` or :meth:`moves_of`.
    description : the tournament's settings.
    """

    def __init__(self, names: Sequence[str], players: Sequence, aggregates: Aggregates, game: Game,
                 stats: Optional[np.ndarray] = None, moves: Optional[np.ndarray] = None,
                 self_play: bool = True, description: Optional[dict] = None,
                 class_names: Optional[Sequence[str]] = None) -> None:
        self.names = list(names)
        self.players = list(players)
        # Loaded results have no strategy objects, only what they were (see load_results).
        self.class_names = [type(p).__name__ for p in self.players] if self.players else list(class_names or ())
        self.aggregates = aggregates
        self.pair_a = aggregates.pair_a
        self.pair_b = aggregates.pair_b
        self.stats = stats
        self.game = game
        self.moves = moves
        self.self_play = self_play
        self.description = dict(description or {})

    @property
    def n_players(self) -> int:
        return len(self.names)

    @property
    def repetitions(self) -> int:
        return int(self.aggregates.repetitions)

    def _require_matches(self, what: str) -> np.ndarray:
        if self.stats is None:
            raise ValueError(f"{what} needs the per-match statistics; play the tournament with keep_matches=True")
        return self.stats

    @property
    def lengths(self) -> np.ndarray:
        """Number of moves of every match, int array (pairs, repetitions); needs kept matches."""
        return self._require_matches("the length of each match")[:, :, protocol.TURNS].astype(np.int64)

    # ---- per-player arrays (players, repetitions) -------------------------------------

    @cached_property
    def opponents(self) -> np.ndarray:
        """Matches each player plays per repetition, (players,): its twin once with self-play; on a
        graph, its degree."""
        count = np.zeros(self.n_players)
        np.add.at(count, self.pair_a, 1.0)
        distinct = self.pair_a != self.pair_b
        np.add.at(count, self.pair_b[distinct], 1.0)
        return count

    @cached_property
    def scores(self) -> np.ndarray:
        """Mean score per match of each player in each repetition, (players, repetitions)."""
        return self.aggregates.player_scores[:, :self.repetitions] / self.opponents[:, None]

    @cached_property
    def normalised_scores(self) -> np.ndarray:
        """Score per move of each player in each repetition, (players, repetitions)."""
        return self.aggregates.player_scores[:, :self.repetitions] / self.aggregates.player_turns[:, :self.repetitions]

    @cached_property
    def wins(self) -> np.ndarray:
        """Matches won (strictly higher score) per repetition, (players, repetitions); self-play never counts."""
        return self.aggregates.player_wins[:, :self.repetitions]

    def _per_player_total(self, column_a: int, column_b: int) -> np.ndarray:
        """A statistic summed over each player's matches and all repetitions (both twins counted)."""
        sums = self.aggregates.pair_sums
        total = np.zeros(self.n_players)
        np.add.at(total, self.pair_a, sums[:, column_a])
        np.add.at(total, self.pair_b, sums[:, column_b])
        return total

    @cached_property
    def move_counts(self) -> dict[str, np.ndarray]:
        """Per player, summed over all matches and repetitions: moves, cooperations,
        first moves, first cooperations and the outcomes CC, CD, DC, DD from its side."""
        def summed(column_a, column_b):
            return self._per_player_total(column_a, column_b)

        return {
            "moves": summed(protocol.TURNS, protocol.TURNS),
            "cooperations": summed(protocol.COOP_A, protocol.COOP_B),
            "first_moves": self._per_player_count(),
            "first_cooperations": summed(protocol.FIRST_COOP_A, protocol.FIRST_COOP_B),
            "CC": summed(protocol.CC, protocol.CC),
            "CD": summed(protocol.CD, protocol.DC),
            "DC": summed(protocol.DC, protocol.CD),
            "DD": summed(protocol.DD, protocol.DD),
        }

    def _per_player_count(self) -> np.ndarray:
        sides = np.zeros(self.n_players)
        np.add.at(sides, self.pair_a, 1.0)
        np.add.at(sides, self.pair_b, 1.0)
        return sides * self.repetitions

    # ---- pandas tables -----------------------------------------------------------------

    @property
    def ranked_by(self) -> str:
        """The summary column the ranking follows: ``"mean_score"`` or ``"normalised_score"``.

        By mean score per match when every match has the announced fixed length,
        as in 1980; by score per move when lengths vary (a continuation
        probability), where a player's matches differ in length by luck and
        its score per match would rank that luck. ``Tournament(rank_by=...)``
        chooses otherwise.
        """
        chosen = self.description.get("rank_by")
        if chosen in RANKINGS:
            return chosen
        return "normalised_score" if self.description.get("continuation") is not None else "mean_score"

    @cached_property
    def summary(self):
        """One row per player, ranked by :attr:`ranked_by` (recorded in ``summary.attrs["ranked_by"]``)."""
        import pandas as pd

        counts = self.move_counts
        moves = counts["moves"]
        table = pd.DataFrame({
            "player": self.names,
            "mean_score": self.scores.mean(axis=1),
            "median_score": np.median(self.scores, axis=1),
            "std_score": self.scores.std(axis=1, ddof=1) if self.repetitions > 1 else 0.0,
            "normalised_score": self.normalised_scores.mean(axis=1),
            "wins": self.wins.mean(axis=1),
            "cooperation_rate": counts["cooperations"] / moves,
            "initial_cooperation_rate": counts["first_cooperations"] / counts["first_moves"],
            "CC_rate": counts["CC"] / moves,
            "CD_rate": counts["CD"] / moves,
            "DC_rate": counts["DC"] / moves,
            "DD_rate": counts["DD"] / moves,
        })
        table = table.sort_values(self.ranked_by, ascending=False, kind="stable").reset_index(drop=True)
        table.insert(0, "rank", np.arange(1, len(table) + 1))
        table = table.set_index("rank", drop=False).rename_axis(None)
        table.attrs["ranked_by"] = self.ranked_by
        return table

    def by_strategy(self):
        """The summary pooled by strategy: one row per distinct rule and parameters (on a graph, the
        nodes that play it), with how many players play it and their mean of each summary column."""
        base = {name: str(player) for name, player in zip(self.names, self.players)} if self.players else {}
        table = self.summary.drop(columns=["rank"])
        table.insert(0, "strategy", [base.get(name, name) for name in table["player"]])
        pooled = table.drop(columns=["player"]).groupby("strategy", sort=False)
        result = pooled.mean()
        result.insert(0, "players", pooled.size())
        return result.sort_values(self.ranked_by, ascending=False, kind="stable")

    @property
    def ranking(self) -> list[str]:
        """Player names from first to last."""
        return list(self.summary["player"])

    @cached_property
    def matches(self):
        """One row per (pairing, repetition); needs kept matches."""
        stats = self._require_matches("the table of matches")
        return match_table(stats, self.pair_a, self.pair_b, self.names)

    @cached_property
    def payoff_array(self) -> np.ndarray:
        """Mean score per match of row player against column player, (players, players)."""
        mean = self.aggregates.pair_sums / self.repetitions
        matrix = np.full((self.n_players, self.n_players), np.nan)
        matrix[self.pair_a, self.pair_b] = mean[:, protocol.SCORE_A]
        matrix[self.pair_b, self.pair_a] = mean[:, protocol.SCORE_B]
        twins = self.pair_a == self.pair_b
        matrix[self.pair_a[twins], self.pair_a[twins]] = (
            mean[twins, protocol.SCORE_A] + mean[twins, protocol.SCORE_B]) / 2
        return matrix

    @cached_property
    def payoff_std_array(self) -> np.ndarray:
        """Standard deviation over repetitions of the row player's score against the column player.

        For a twin pair it is the deviation of the twins' mean score per match.
        NaN where the players did not meet or with one repetition.
        """
        matrix = np.full((self.n_players, self.n_players), np.nan)
        if self.repetitions < 2:
            return matrix
        std = np.sqrt(self.aggregates.score_m2 / (self.repetitions - 1))
        matrix[self.pair_a, self.pair_b] = std[:, SPREAD_A]
        matrix[self.pair_b, self.pair_a] = std[:, SPREAD_B]
        twins = self.pair_a == self.pair_b
        matrix[self.pair_a[twins], self.pair_a[twins]] = std[twins, SPREAD_TWINS]
        return matrix

    def length_histogram(self) -> tuple[np.ndarray, np.ndarray]:
        """Match lengths and how many matches had each: ``(lengths, counts)``, lengths ascending."""
        counts = self.aggregates.length_counts
        lengths = np.flatnonzero(counts)
        return lengths, counts[lengths]

    @cached_property
    def payoff_matrix(self):
        """:attr:`payoff_array` as a labelled table (rows: player, columns: opponent)."""
        import pandas as pd

        return pd.DataFrame(self.payoff_array, index=self.names, columns=self.names)

    def moves_of(self, player_a: str, player_b: str, repetition: int = 0) -> np.ndarray:
        """The moves (2, turns) of one match, row 0 being ``player_a``'s; needs kept histories."""
        if self.moves is None:
            raise ValueError("move histories were not kept; play the tournament with keep_histories=True")
        i, j = self._index(player_a), self._index(player_b)
        swap = i > j
        lo, hi = (j, i) if swap else (i, j)
        pair = np.flatnonzero((self.pair_a == lo) & (self.pair_b == hi))
        if pair.size == 0:
            raise ValueError(f"{player_a} and {player_b} did not meet in this tournament")
        if not 0 <= repetition < self.repetitions:
            raise ValueError(f"repetition must be between 0 and {self.repetitions - 1}, got {repetition}")
        length = int(self.lengths[pair[0], repetition])
        moves = self.moves[pair[0], repetition, :, :length]
        return moves[::-1].copy() if swap else moves.copy()

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise ValueError(f"no player named {name!r}; players are {', '.join(self.names)}") from None

    # ---- output ------------------------------------------------------------------------

    def format_summary(self, columns: Sequence[str] = ("rank", "player", "mean_score", "median_score",
                                                       "normalised_score", "wins", "cooperation_rate"),
                       published: Optional[dict] = None) -> str:
        """The ranking as a plain-text table.

        ``published`` maps strategy class names to published scores, shown
        beside ours (blank for players it does not name).
        """
        table = self.summary.loc[:, list(columns)]
        if published:
            class_of = dict(zip(self.names, self.class_names))
            scores = self.summary["player"].map(lambda name: published.get(class_of[name], np.nan))
            table = table.assign(published_score=scores)
        return table.to_string(index=False, float_format=lambda x: f"{x:.2f}", na_rep="")

    def save(self, directory, formats: Sequence[str] = EXPORT_FORMATS, overwrite: bool = False,
             manifest: Optional[dict] = None) -> list[Path]:
        """Write a run folder that :func:`load_results` reads back; return the files written.

        The folder holds the summary and the payoff matrix in each format, the
        matches when they were kept, the settings (``tournament.json``), the
        running sums the results are computed from (``aggregates.npz``), the
        per-match statistics and histories when kept (``stats.npy``,
        ``moves.npy``) and a manifest with every file's checksum. It is
        written as a unit (:class:`~axelrod_nl.io.RunFolder`): a folder that
        holds results is replaced only with ``overwrite``; a failed write
        leaves the old one intact.
        """
        with RunFolder(directory, overwrite=overwrite, manifest=self._manifest(manifest)) as folder:
            self.write_into(folder, formats)
        names = list(read_manifest(Path(directory), verify=False)["files"]) + [MANIFEST]
        return sorted(Path(directory) / name for name in names)

    def _manifest(self, extra: Optional[dict]) -> dict:
        return {"settings": self.description, "seed": self.description.get("seed"), **(extra or {})}

    def write_into(self, folder: RunFolder, formats: Sequence[str] = EXPORT_FORMATS) -> None:
        """Write this run's files into a :class:`~axelrod_nl.io.RunFolder` being built."""
        unknown = set(formats) - set(EXPORT_FORMATS)
        if unknown:
            raise ValueError(f"unknown export formats {sorted(unknown)}; choose from {', '.join(EXPORT_FORMATS)}")
        tables = {"summary": self.summary, "payoff_matrix": self.payoff_matrix}
        if self.stats is not None:
            tables["matches"] = self.matches
        for stem, table in tables.items():
            keep_index = stem == "payoff_matrix"
            for fmt in formats:
                if fmt == "csv":
                    table.to_csv(folder.file(f"{stem}.csv"), index=keep_index)
                else:
                    table.to_parquet(folder.file(f"{stem}.parquet"), index=keep_index)
        record = {**self.description, "names": self.names, "class_names": self.class_names,
                  "self_play": self.self_play,
                  "game": {"R": self.game.R, "S": self.game.S, "T": self.game.T, "P": self.game.P,
                           "general": self.game.general}}
        folder.file("tournament.json").write_text(json.dumps(record, indent=2) + "\n")
        with open(folder.file("aggregates.npz"), "wb") as handle:
            np.savez(handle, **self.aggregates.as_arrays())
        if self.stats is not None:
            np.save(folder.file("stats.npy"), self.stats)
        if self.moves is not None:
            np.save(folder.file("moves.npy"), self.moves)

    def to_csv(self, directory, overwrite: bool = False) -> list[Path]:
        return self.save(directory, formats=("csv",), overwrite=overwrite)

    def to_parquet(self, directory, overwrite: bool = False) -> list[Path]:
        return self.save(directory, formats=("parquet",), overwrite=overwrite)

    def __repr__(self) -> str:
        return (f"<TournamentResults {self.description.get('name', '')!s}: {self.n_players} players, "
                f"{self.repetitions} repetitions>")

    def __str__(self) -> str:
        return self.format_summary()


def load_results(path) -> TournamentResults:
    """The results saved in a run folder (by :meth:`TournamentResults.save` or ``axelrod-nl run --out``).

    Every file is checked against the manifest's checksum first. The summary,
    payoff matrix, metrics and plots are available as after the run; the
    per-match table and the histories when they were saved. The players are
    not rebuilt (a rule from a user's file may be gone): ``players`` is empty
    and ``class_names`` tells what they were.

    Raises
    ------
    ValueError
        If ``path`` is not a complete run folder of this library.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise ValueError(f"no run folder at {folder}")
    read_manifest(folder)
    try:
        record = json.loads((folder / "tournament.json").read_text())
        with np.load(folder / "aggregates.npz") as arrays:
            aggregates = Aggregates.from_arrays({name: arrays[name] for name in arrays.files})
    except (OSError, KeyError, ValueError) as error:
        raise ValueError(f"{folder} is not a readable run folder: {error}") from None
    game_record = record.pop("game")
    game = Game(game_record["R"], game_record["S"], game_record["T"], game_record["P"],
                general=game_record.get("general", False))
    names = record.pop("names")
    class_names = record.pop("class_names")
    self_play = record["self_play"]
    stats = np.load(folder / "stats.npy") if (folder / "stats.npy").is_file() else None
    moves = None
    if stats is None and (folder / "matches.parquet").is_file():
        import pandas as pd

        table = pd.read_parquet(folder / "matches.parquet")
        stats = _stats_from_table(table, aggregates, names)
        if "moves_a" in table and not (folder / "moves.npy").is_file():
            moves = _moves_from_table(table, stats, aggregates, names)
    moves = np.load(folder / "moves.npy") if (folder / "moves.npy").is_file() else moves
    return TournamentResults(names=names, players=[], aggregates=aggregates, game=game, stats=stats,
                             moves=moves, self_play=self_play, description=record, class_names=class_names)


def _pairings_of_rows(table, aggregates: Aggregates, names: Sequence[str]) -> np.ndarray:
    """The pairing index of each row of a table of matches."""
    index = {name: k for k, name in enumerate(names)}
    pair_of = {(int(a), int(b)): k for k, (a, b) in enumerate(zip(aggregates.pair_a, aggregates.pair_b))}
    return np.array([pair_of[(index[a], index[b])] for a, b in zip(table["player_a"], table["player_b"])],
                    dtype=np.int64)


def _stats_from_table(table, aggregates: Aggregates, names: Sequence[str]) -> np.ndarray:
    """The (pairs, repetitions, N_STATS) array behind a table of matches, in any row order."""
    pairs = _pairings_of_rows(table, aggregates, names)
    repetitions = table["repetition"].to_numpy()
    stats = np.zeros((aggregates.pair_a.shape[0], aggregates.repetitions, protocol.N_STATS))
    columns = {protocol.SCORE_A: "score_a", protocol.SCORE_B: "score_b", protocol.COOP_A: "cooperations_a",
               protocol.COOP_B: "cooperations_b", protocol.CC: "CC", protocol.CD: "CD", protocol.DC: "DC",
               protocol.DD: "DD", protocol.TURNS: "turns"}
    for column, name in columns.items():
        stats[pairs, repetitions, column] = table[name].to_numpy()
    stats[pairs, repetitions, protocol.FIRST_COOP_A] = (table["first_move_a"] == "C").to_numpy()
    stats[pairs, repetitions, protocol.FIRST_COOP_B] = (table["first_move_b"] == "C").to_numpy()
    return stats


def _moves_from_table(table, stats: np.ndarray, aggregates: Aggregates, names: Sequence[str]) -> np.ndarray:
    """The (pairs, repetitions, 2, longest) histories behind a table whose rows carry ``moves_a``/``moves_b``."""
    longest = int(stats[:, :, protocol.TURNS].max()) if stats.size else 0
    moves = np.zeros(stats.shape[:2] + (2, longest), dtype=np.int8)
    for pair, repetition, own, other in zip(_pairings_of_rows(table, aggregates, names), table["repetition"],
                                           table["moves_a"], table["moves_b"]):
        moves[pair, repetition, 0, :len(own)] = np.frombuffer(own.encode(), dtype=np.uint8) == ord("D")
        moves[pair, repetition, 1, :len(other)] = np.frombuffer(other.encode(), dtype=np.uint8) == ord("D")
    return moves
