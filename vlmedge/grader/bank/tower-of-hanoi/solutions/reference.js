function hanoi(disks, source, target, spare, moves) {
  if (disks === 0) {
    return;
  }
  hanoi(disks - 1, source, spare, target, moves);
  moves.push([source, target]);
  hanoi(disks - 1, spare, target, source, moves);
}

function main() {
  const disks = Number(require("fs").readFileSync(0, "utf8").trim());
  const moves = [];
  hanoi(disks, 1, 3, 2, moves);
  const lines = [String(moves.length), ...moves.map(([from, to]) => `${from} ${to}`)];
  console.log(lines.join("\n"));
}

if (require.main === module) main();
