# Shoelace formula on exact integers; only the final halving makes a float.
def polygon_area(points)
  twice_signed_area = points.each_index.sum do |index|
    x1, y1 = points[index]
    x2, y2 = points[(index + 1) % points.size]
    x1 * y2 - x2 * y1
  end
  twice_signed_area.abs / 2.0
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count = numbers[0]
  points = numbers[1, 2 * count].each_slice(2).to_a
  puts format("%.6f", polygon_area(points))
end

main if __FILE__ == $PROGRAM_NAME
