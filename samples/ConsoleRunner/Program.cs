Console.WriteLine("Sample console runner: arrives with the library-use work.");
